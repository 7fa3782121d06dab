# Generated from forms/talk_form.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'talk_form.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QWidget)

from branchdesk.ui.widgets.date_line_edit import DateLineEdit
from branchdesk.ui.widgets.participant_editor import ParticipantEditor

class Ui_TalkForm(object):
    def setupUi(self, TalkForm):
        if not TalkForm.objectName():
            TalkForm.setObjectName(u"TalkForm")
        self.formGrid = QGridLayout(TalkForm)
        self.formGrid.setObjectName(u"formGrid")
        self.heldOnLabel = QLabel(TalkForm)
        self.heldOnLabel.setObjectName(u"heldOnLabel")

        self.formGrid.addWidget(self.heldOnLabel, 0, 0, 1, 1)

        self.heldOnEdit = DateLineEdit(TalkForm)
        self.heldOnEdit.setObjectName(u"heldOnEdit")

        self.formGrid.addWidget(self.heldOnEdit, 0, 1, 1, 1)

        self.heldOnError = QLabel(TalkForm)
        self.heldOnError.setObjectName(u"heldOnError")

        self.formGrid.addWidget(self.heldOnError, 1, 1, 1, 1)

        self.startsAtLabel = QLabel(TalkForm)
        self.startsAtLabel.setObjectName(u"startsAtLabel")

        self.formGrid.addWidget(self.startsAtLabel, 2, 0, 1, 1)

        self.startsAtEdit = QLineEdit(TalkForm)
        self.startsAtEdit.setObjectName(u"startsAtEdit")
        self.startsAtEdit.setMaxLength(5)

        self.formGrid.addWidget(self.startsAtEdit, 2, 1, 1, 1)

        self.startsAtError = QLabel(TalkForm)
        self.startsAtError.setObjectName(u"startsAtError")

        self.formGrid.addWidget(self.startsAtError, 3, 1, 1, 1)

        self.placeLabel = QLabel(TalkForm)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formGrid.addWidget(self.placeLabel, 4, 0, 1, 1)

        self.placeEdit = QLineEdit(TalkForm)
        self.placeEdit.setObjectName(u"placeEdit")

        self.formGrid.addWidget(self.placeEdit, 4, 1, 1, 1)

        self.placeError = QLabel(TalkForm)
        self.placeError.setObjectName(u"placeError")

        self.formGrid.addWidget(self.placeError, 5, 1, 1, 1)

        self.kindLabel = QLabel(TalkForm)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formGrid.addWidget(self.kindLabel, 6, 0, 1, 1)

        self.kindCombo = QComboBox(TalkForm)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formGrid.addWidget(self.kindCombo, 6, 1, 1, 1)

        self.talkerLabel = QLabel(TalkForm)
        self.talkerLabel.setObjectName(u"talkerLabel")

        self.formGrid.addWidget(self.talkerLabel, 7, 0, 1, 1)

        self.talkerCombo = QComboBox(TalkForm)
        self.talkerCombo.setObjectName(u"talkerCombo")

        self.formGrid.addWidget(self.talkerCombo, 7, 1, 1, 1)

        self.talkerError = QLabel(TalkForm)
        self.talkerError.setObjectName(u"talkerError")

        self.formGrid.addWidget(self.talkerError, 8, 1, 1, 1)

        self.talkerPostLabel = QLabel(TalkForm)
        self.talkerPostLabel.setObjectName(u"talkerPostLabel")

        self.formGrid.addWidget(self.talkerPostLabel, 9, 0, 1, 1)

        self.talkerPostEdit = QLineEdit(TalkForm)
        self.talkerPostEdit.setObjectName(u"talkerPostEdit")

        self.formGrid.addWidget(self.talkerPostEdit, 9, 1, 1, 1)

        self.talkerPostError = QLabel(TalkForm)
        self.talkerPostError.setObjectName(u"talkerPostError")

        self.formGrid.addWidget(self.talkerPostError, 10, 1, 1, 1)

        self.counterpartsLabel = QLabel(TalkForm)
        self.counterpartsLabel.setObjectName(u"counterpartsLabel")

        self.formGrid.addWidget(self.counterpartsLabel, 11, 0, 1, 1)

        self.counterpartsEditor = ParticipantEditor(TalkForm)
        self.counterpartsEditor.setObjectName(u"counterpartsEditor")

        self.formGrid.addWidget(self.counterpartsEditor, 11, 1, 1, 1)

        self.counterpartsError = QLabel(TalkForm)
        self.counterpartsError.setObjectName(u"counterpartsError")

        self.formGrid.addWidget(self.counterpartsError, 12, 1, 1, 1)

        self.othersPresentLabel = QLabel(TalkForm)
        self.othersPresentLabel.setObjectName(u"othersPresentLabel")

        self.formGrid.addWidget(self.othersPresentLabel, 13, 0, 1, 1)

        self.othersPresentEdit = QLineEdit(TalkForm)
        self.othersPresentEdit.setObjectName(u"othersPresentEdit")

        self.formGrid.addWidget(self.othersPresentEdit, 13, 1, 1, 1)

        self.othersPresentError = QLabel(TalkForm)
        self.othersPresentError.setObjectName(u"othersPresentError")

        self.formGrid.addWidget(self.othersPresentError, 14, 1, 1, 1)

        self.topicLabel = QLabel(TalkForm)
        self.topicLabel.setObjectName(u"topicLabel")

        self.formGrid.addWidget(self.topicLabel, 15, 0, 1, 1)

        self.topicEdit = QLineEdit(TalkForm)
        self.topicEdit.setObjectName(u"topicEdit")

        self.formGrid.addWidget(self.topicEdit, 15, 1, 1, 1)

        self.topicError = QLabel(TalkForm)
        self.topicError.setObjectName(u"topicError")

        self.formGrid.addWidget(self.topicError, 16, 1, 1, 1)

        self.contentLabel = QLabel(TalkForm)
        self.contentLabel.setObjectName(u"contentLabel")

        self.formGrid.addWidget(self.contentLabel, 17, 0, 1, 1)

        self.contentEdit = QPlainTextEdit(TalkForm)
        self.contentEdit.setObjectName(u"contentEdit")
        self.contentEdit.setMaximumSize(QSize(16777215, 90))
        self.contentEdit.setTabChangesFocus(True)

        self.formGrid.addWidget(self.contentEdit, 17, 1, 1, 1)

        self.contentError = QLabel(TalkForm)
        self.contentError.setObjectName(u"contentError")

        self.formGrid.addWidget(self.contentError, 18, 1, 1, 1)

        self.problemsLabel = QLabel(TalkForm)
        self.problemsLabel.setObjectName(u"problemsLabel")

        self.formGrid.addWidget(self.problemsLabel, 19, 0, 1, 1)

        self.problemsEdit = QPlainTextEdit(TalkForm)
        self.problemsEdit.setObjectName(u"problemsEdit")
        self.problemsEdit.setMaximumSize(QSize(16777215, 90))
        self.problemsEdit.setTabChangesFocus(True)

        self.formGrid.addWidget(self.problemsEdit, 19, 1, 1, 1)

        self.problemsError = QLabel(TalkForm)
        self.problemsError.setObjectName(u"problemsError")

        self.formGrid.addWidget(self.problemsError, 20, 1, 1, 1)

        self.suggestionsLabel = QLabel(TalkForm)
        self.suggestionsLabel.setObjectName(u"suggestionsLabel")

        self.formGrid.addWidget(self.suggestionsLabel, 21, 0, 1, 1)

        self.suggestionsEdit = QPlainTextEdit(TalkForm)
        self.suggestionsEdit.setObjectName(u"suggestionsEdit")
        self.suggestionsEdit.setMaximumSize(QSize(16777215, 90))
        self.suggestionsEdit.setTabChangesFocus(True)

        self.formGrid.addWidget(self.suggestionsEdit, 21, 1, 1, 1)

        self.suggestionsError = QLabel(TalkForm)
        self.suggestionsError.setObjectName(u"suggestionsError")

        self.formGrid.addWidget(self.suggestionsError, 22, 1, 1, 1)

        self.followUpLabel = QLabel(TalkForm)
        self.followUpLabel.setObjectName(u"followUpLabel")

        self.formGrid.addWidget(self.followUpLabel, 23, 0, 1, 1)

        self.followUpEdit = QPlainTextEdit(TalkForm)
        self.followUpEdit.setObjectName(u"followUpEdit")
        self.followUpEdit.setMaximumSize(QSize(16777215, 90))
        self.followUpEdit.setTabChangesFocus(True)

        self.formGrid.addWidget(self.followUpEdit, 23, 1, 1, 1)

        self.followUpError = QLabel(TalkForm)
        self.followUpError.setObjectName(u"followUpError")

        self.formGrid.addWidget(self.followUpError, 24, 1, 1, 1)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(TalkForm)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)

        self.saveButton = QPushButton(TalkForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)


        self.formGrid.addLayout(self.buttonRow, 25, 0, 1, 2)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formGrid.addItem(self.bottomSpacer, 26, 0, 1, 2)

#if QT_CONFIG(shortcut)
        self.heldOnLabel.setBuddy(self.heldOnEdit)
        self.startsAtLabel.setBuddy(self.startsAtEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.talkerLabel.setBuddy(self.talkerCombo)
        self.talkerPostLabel.setBuddy(self.talkerPostEdit)
        self.counterpartsLabel.setBuddy(self.counterpartsEditor)
        self.othersPresentLabel.setBuddy(self.othersPresentEdit)
        self.topicLabel.setBuddy(self.topicEdit)
        self.contentLabel.setBuddy(self.contentEdit)
        self.problemsLabel.setBuddy(self.problemsEdit)
        self.suggestionsLabel.setBuddy(self.suggestionsEdit)
        self.followUpLabel.setBuddy(self.followUpEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.heldOnEdit, self.startsAtEdit)
        QWidget.setTabOrder(self.startsAtEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.talkerCombo)
        QWidget.setTabOrder(self.talkerCombo, self.talkerPostEdit)
        QWidget.setTabOrder(self.talkerPostEdit, self.counterpartsEditor)
        QWidget.setTabOrder(self.counterpartsEditor, self.othersPresentEdit)
        QWidget.setTabOrder(self.othersPresentEdit, self.topicEdit)
        QWidget.setTabOrder(self.topicEdit, self.contentEdit)
        QWidget.setTabOrder(self.contentEdit, self.problemsEdit)
        QWidget.setTabOrder(self.problemsEdit, self.suggestionsEdit)
        QWidget.setTabOrder(self.suggestionsEdit, self.followUpEdit)
        QWidget.setTabOrder(self.followUpEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(TalkForm)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, TalkForm):
        TalkForm.setWindowTitle(QCoreApplication.translate("TalkForm", u"Talk", None))
        self.heldOnLabel.setText(QCoreApplication.translate("TalkForm", u"&Date", None))
        self.heldOnEdit.setPlaceholderText(QCoreApplication.translate("TalkForm", u"YYYY-MM-DD", None))
        self.heldOnError.setText("")
        self.startsAtLabel.setText(QCoreApplication.translate("TalkForm", u"T&ime", None))
        self.startsAtEdit.setPlaceholderText(QCoreApplication.translate("TalkForm", u"HH:MM", None))
        self.startsAtError.setText("")
        self.placeLabel.setText(QCoreApplication.translate("TalkForm", u"&Place", None))
        self.placeError.setText("")
        self.kindLabel.setText(QCoreApplication.translate("TalkForm", u"&Kind", None))
        self.talkerLabel.setText(QCoreApplication.translate("TalkForm", u"Tal&ker", None))
        self.talkerError.setText("")
        self.talkerPostLabel.setText(QCoreApplication.translate("TalkForm", u"Talker's post", None))
        self.talkerPostEdit.setPlaceholderText(QCoreApplication.translate("TalkForm", u"e.g. \u652f\u90e8\u4e66\u8bb0", None))
        self.talkerPostError.setText("")
        self.counterpartsLabel.setText(QCoreApplication.translate("TalkForm", u"Talked &with", None))
        self.counterpartsError.setText("")
        self.othersPresentLabel.setText(QCoreApplication.translate("TalkForm", u"Others present", None))
        self.othersPresentError.setText("")
        self.topicLabel.setText(QCoreApplication.translate("TalkForm", u"T&opic", None))
        self.topicError.setText("")
        self.contentLabel.setText(QCoreApplication.translate("TalkForm", u"Content", None))
        self.contentError.setText("")
        self.problemsLabel.setText(QCoreApplication.translate("TalkForm", u"Problems raised", None))
        self.problemsError.setText("")
        self.suggestionsLabel.setText(QCoreApplication.translate("TalkForm", u"Opinions and suggestions", None))
        self.suggestionsError.setText("")
        self.followUpLabel.setText(QCoreApplication.translate("TalkForm", u"Follow-up", None))
        self.followUpError.setText("")
        self.cancelButton.setText(QCoreApplication.translate("TalkForm", u"Cancel", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("TalkForm", u"Discard the changes (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("TalkForm", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("TalkForm", u"Save (Enter or Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

