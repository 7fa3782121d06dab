# Generated from forms/training_form.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'training_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDoubleSpinBox, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QWidget)

from branchdesk.ui.widgets.date_line_edit import DateLineEdit
from branchdesk.ui.widgets.evidence_list import EvidenceList
from branchdesk.ui.widgets.participant_editor import ParticipantEditor

class Ui_TrainingForm(object):
    def setupUi(self, TrainingForm):
        if not TrainingForm.objectName():
            TrainingForm.setObjectName(u"TrainingForm")
        self.formGrid = QGridLayout(TrainingForm)
        self.formGrid.setObjectName(u"formGrid")
        self.startsOnLabel = QLabel(TrainingForm)
        self.startsOnLabel.setObjectName(u"startsOnLabel")

        self.formGrid.addWidget(self.startsOnLabel, 0, 0, 1, 1)

        self.startsOnEdit = DateLineEdit(TrainingForm)
        self.startsOnEdit.setObjectName(u"startsOnEdit")

        self.formGrid.addWidget(self.startsOnEdit, 0, 1, 1, 1)

        self.startsOnError = QLabel(TrainingForm)
        self.startsOnError.setObjectName(u"startsOnError")

        self.formGrid.addWidget(self.startsOnError, 1, 1, 1, 1)

        self.endsOnLabel = QLabel(TrainingForm)
        self.endsOnLabel.setObjectName(u"endsOnLabel")

        self.formGrid.addWidget(self.endsOnLabel, 2, 0, 1, 1)

        self.endsOnEdit = DateLineEdit(TrainingForm)
        self.endsOnEdit.setObjectName(u"endsOnEdit")

        self.formGrid.addWidget(self.endsOnEdit, 2, 1, 1, 1)

        self.endsOnError = QLabel(TrainingForm)
        self.endsOnError.setObjectName(u"endsOnError")

        self.formGrid.addWidget(self.endsOnError, 3, 1, 1, 1)

        self.titleLabel = QLabel(TrainingForm)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formGrid.addWidget(self.titleLabel, 4, 0, 1, 1)

        self.titleEdit = QLineEdit(TrainingForm)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formGrid.addWidget(self.titleEdit, 4, 1, 1, 1)

        self.titleError = QLabel(TrainingForm)
        self.titleError.setObjectName(u"titleError")

        self.formGrid.addWidget(self.titleError, 5, 1, 1, 1)

        self.organiserLabel = QLabel(TrainingForm)
        self.organiserLabel.setObjectName(u"organiserLabel")

        self.formGrid.addWidget(self.organiserLabel, 6, 0, 1, 1)

        self.organiserCombo = QComboBox(TrainingForm)
        self.organiserCombo.setObjectName(u"organiserCombo")
        self.organiserCombo.setEditable(True)

        self.formGrid.addWidget(self.organiserCombo, 6, 1, 1, 1)

        self.organiserError = QLabel(TrainingForm)
        self.organiserError.setObjectName(u"organiserError")

        self.formGrid.addWidget(self.organiserError, 7, 1, 1, 1)

        self.formLabel = QLabel(TrainingForm)
        self.formLabel.setObjectName(u"formLabel")

        self.formGrid.addWidget(self.formLabel, 8, 0, 1, 1)

        self.formCombo = QComboBox(TrainingForm)
        self.formCombo.setObjectName(u"formCombo")

        self.formGrid.addWidget(self.formCombo, 8, 1, 1, 1)

        self.hoursLabel = QLabel(TrainingForm)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.formGrid.addWidget(self.hoursLabel, 9, 0, 1, 1)

        self.hoursSpin = QDoubleSpinBox(TrainingForm)
        self.hoursSpin.setObjectName(u"hoursSpin")
        self.hoursSpin.setDecimals(1)

        self.formGrid.addWidget(self.hoursSpin, 9, 1, 1, 1)

        self.hoursError = QLabel(TrainingForm)
        self.hoursError.setObjectName(u"hoursError")

        self.formGrid.addWidget(self.hoursError, 10, 1, 1, 1)

        self.participantsLabel = QLabel(TrainingForm)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.formGrid.addWidget(self.participantsLabel, 11, 0, 1, 1)

        self.participantsEditor = ParticipantEditor(TrainingForm)
        self.participantsEditor.setObjectName(u"participantsEditor")

        self.formGrid.addWidget(self.participantsEditor, 11, 1, 1, 1)

        self.participantsError = QLabel(TrainingForm)
        self.participantsError.setObjectName(u"participantsError")

        self.formGrid.addWidget(self.participantsError, 12, 1, 1, 1)

        self.contentLabel = QLabel(TrainingForm)
        self.contentLabel.setObjectName(u"contentLabel")

        self.formGrid.addWidget(self.contentLabel, 13, 0, 1, 1)

        self.contentEdit = QPlainTextEdit(TrainingForm)
        self.contentEdit.setObjectName(u"contentEdit")
        self.contentEdit.setMaximumSize(QSize(16777215, 90))
        self.contentEdit.setTabChangesFocus(True)

        self.formGrid.addWidget(self.contentEdit, 13, 1, 1, 1)

        self.contentError = QLabel(TrainingForm)
        self.contentError.setObjectName(u"contentError")

        self.formGrid.addWidget(self.contentError, 14, 1, 1, 1)

        self.evidenceLabel = QLabel(TrainingForm)
        self.evidenceLabel.setObjectName(u"evidenceLabel")

        self.formGrid.addWidget(self.evidenceLabel, 15, 0, 1, 1)

        self.evidenceList = EvidenceList(TrainingForm)
        self.evidenceList.setObjectName(u"evidenceList")

        self.formGrid.addWidget(self.evidenceList, 15, 1, 1, 1)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(TrainingForm)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)

        self.saveButton = QPushButton(TrainingForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)


        self.formGrid.addLayout(self.buttonRow, 16, 0, 1, 2)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formGrid.addItem(self.bottomSpacer, 17, 0, 1, 2)

#if QT_CONFIG(shortcut)
        self.startsOnLabel.setBuddy(self.startsOnEdit)
        self.endsOnLabel.setBuddy(self.endsOnEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.organiserLabel.setBuddy(self.organiserCombo)
        self.formLabel.setBuddy(self.formCombo)
        self.hoursLabel.setBuddy(self.hoursSpin)
        self.participantsLabel.setBuddy(self.participantsEditor)
        self.contentLabel.setBuddy(self.contentEdit)
        self.evidenceLabel.setBuddy(self.evidenceList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.startsOnEdit, self.endsOnEdit)
        QWidget.setTabOrder(self.endsOnEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.organiserCombo)
        QWidget.setTabOrder(self.organiserCombo, self.formCombo)
        QWidget.setTabOrder(self.formCombo, self.hoursSpin)
        QWidget.setTabOrder(self.hoursSpin, self.participantsEditor)
        QWidget.setTabOrder(self.participantsEditor, self.contentEdit)
        QWidget.setTabOrder(self.contentEdit, self.evidenceList)
        QWidget.setTabOrder(self.evidenceList, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(TrainingForm)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, TrainingForm):
        TrainingForm.setWindowTitle(QCoreApplication.translate("TrainingForm", u"Training", None))
        self.startsOnLabel.setText(QCoreApplication.translate("TrainingForm", u"&First day", None))
        self.startsOnEdit.setPlaceholderText(QCoreApplication.translate("TrainingForm", u"YYYY-MM-DD", None))
        self.startsOnError.setText("")
        self.endsOnLabel.setText(QCoreApplication.translate("TrainingForm", u"&Last day", None))
        self.endsOnEdit.setPlaceholderText(QCoreApplication.translate("TrainingForm", u"YYYY-MM-DD (several days)", None))
        self.endsOnError.setText("")
        self.titleLabel.setText(QCoreApplication.translate("TrainingForm", u"&Title", None))
        self.titleError.setText("")
        self.organiserLabel.setText(QCoreApplication.translate("TrainingForm", u"Organiser", None))
        self.organiserError.setText("")
        self.formLabel.setText(QCoreApplication.translate("TrainingForm", u"&Form", None))
        self.hoursLabel.setText(QCoreApplication.translate("TrainingForm", u"Study &hours", None))
        self.hoursError.setText("")
        self.participantsLabel.setText(QCoreApplication.translate("TrainingForm", u"Pa&rticipants", None))
        self.participantsError.setText("")
        self.contentLabel.setText(QCoreApplication.translate("TrainingForm", u"Content", None))
        self.contentError.setText("")
        self.evidenceLabel.setText(QCoreApplication.translate("TrainingForm", u"Certificates and evidence", None))
        self.cancelButton.setText(QCoreApplication.translate("TrainingForm", u"Cancel", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("TrainingForm", u"Discard the changes (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("TrainingForm", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("TrainingForm", u"Save (Enter or Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

