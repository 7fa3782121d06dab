# Generated from forms/member_form.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QToolButton, QVBoxLayout,
    QWidget)

from branchdesk.ui.widgets.date_line_edit import DateLineEdit

class Ui_MemberForm(object):
    def setupUi(self, MemberForm):
        if not MemberForm.objectName():
            MemberForm.setObjectName(u"MemberForm")
        self.formGrid = QGridLayout(MemberForm)
        self.formGrid.setObjectName(u"formGrid")
        self.nameLabel = QLabel(MemberForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formGrid.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(MemberForm)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formGrid.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.nameError = QLabel(MemberForm)
        self.nameError.setObjectName(u"nameError")

        self.formGrid.addWidget(self.nameError, 1, 1, 1, 1)

        self.genderLabel = QLabel(MemberForm)
        self.genderLabel.setObjectName(u"genderLabel")

        self.formGrid.addWidget(self.genderLabel, 2, 0, 1, 1)

        self.genderCombo = QComboBox(MemberForm)
        self.genderCombo.setObjectName(u"genderCombo")

        self.formGrid.addWidget(self.genderCombo, 2, 1, 1, 1)

        self.ethnicityLabel = QLabel(MemberForm)
        self.ethnicityLabel.setObjectName(u"ethnicityLabel")

        self.formGrid.addWidget(self.ethnicityLabel, 3, 0, 1, 1)

        self.ethnicityEdit = QLineEdit(MemberForm)
        self.ethnicityEdit.setObjectName(u"ethnicityEdit")

        self.formGrid.addWidget(self.ethnicityEdit, 3, 1, 1, 1)

        self.ethnicityError = QLabel(MemberForm)
        self.ethnicityError.setObjectName(u"ethnicityError")

        self.formGrid.addWidget(self.ethnicityError, 4, 1, 1, 1)

        self.birthDateLabel = QLabel(MemberForm)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.formGrid.addWidget(self.birthDateLabel, 5, 0, 1, 1)

        self.birthDateEdit = DateLineEdit(MemberForm)
        self.birthDateEdit.setObjectName(u"birthDateEdit")

        self.formGrid.addWidget(self.birthDateEdit, 5, 1, 1, 1)

        self.birthDateError = QLabel(MemberForm)
        self.birthDateError.setObjectName(u"birthDateError")

        self.formGrid.addWidget(self.birthDateError, 6, 1, 1, 1)

        self.idNumberLabel = QLabel(MemberForm)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.formGrid.addWidget(self.idNumberLabel, 7, 0, 1, 1)

        self.idRow = QHBoxLayout()
        self.idRow.setObjectName(u"idRow")
        self.idNumberEdit = QLineEdit(MemberForm)
        self.idNumberEdit.setObjectName(u"idNumberEdit")

        self.idRow.addWidget(self.idNumberEdit)

        self.showIdButton = QToolButton(MemberForm)
        self.showIdButton.setObjectName(u"showIdButton")
        self.showIdButton.setCheckable(True)

        self.idRow.addWidget(self.showIdButton)


        self.formGrid.addLayout(self.idRow, 7, 1, 1, 1)

        self.idNumberError = QLabel(MemberForm)
        self.idNumberError.setObjectName(u"idNumberError")

        self.formGrid.addWidget(self.idNumberError, 8, 1, 1, 1)

        self.educationLabel = QLabel(MemberForm)
        self.educationLabel.setObjectName(u"educationLabel")

        self.formGrid.addWidget(self.educationLabel, 9, 0, 1, 1)

        self.educationCombo = QComboBox(MemberForm)
        self.educationCombo.setObjectName(u"educationCombo")

        self.formGrid.addWidget(self.educationCombo, 9, 1, 1, 1)

        self.phoneLabel = QLabel(MemberForm)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formGrid.addWidget(self.phoneLabel, 10, 0, 1, 1)

        self.phoneEdit = QLineEdit(MemberForm)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formGrid.addWidget(self.phoneEdit, 10, 1, 1, 1)

        self.phoneError = QLabel(MemberForm)
        self.phoneError.setObjectName(u"phoneError")

        self.formGrid.addWidget(self.phoneError, 11, 1, 1, 1)

        self.jobLabel = QLabel(MemberForm)
        self.jobLabel.setObjectName(u"jobLabel")

        self.formGrid.addWidget(self.jobLabel, 12, 0, 1, 1)

        self.jobEdit = QLineEdit(MemberForm)
        self.jobEdit.setObjectName(u"jobEdit")

        self.formGrid.addWidget(self.jobEdit, 12, 1, 1, 1)

        self.jobError = QLabel(MemberForm)
        self.jobError.setObjectName(u"jobError")

        self.formGrid.addWidget(self.jobError, 13, 1, 1, 1)

        self.organisationLabel = QLabel(MemberForm)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.formGrid.addWidget(self.organisationLabel, 14, 0, 1, 1)

        self.organisationCombo = QComboBox(MemberForm)
        self.organisationCombo.setObjectName(u"organisationCombo")

        self.formGrid.addWidget(self.organisationCombo, 14, 1, 1, 1)

        self.groupLabel = QLabel(MemberForm)
        self.groupLabel.setObjectName(u"groupLabel")

        self.formGrid.addWidget(self.groupLabel, 15, 0, 1, 1)

        self.groupCombo = QComboBox(MemberForm)
        self.groupCombo.setObjectName(u"groupCombo")

        self.formGrid.addWidget(self.groupCombo, 15, 1, 1, 1)

        self.joinedOnLabel = QLabel(MemberForm)
        self.joinedOnLabel.setObjectName(u"joinedOnLabel")

        self.formGrid.addWidget(self.joinedOnLabel, 16, 0, 1, 1)

        self.joinedOnEdit = DateLineEdit(MemberForm)
        self.joinedOnEdit.setObjectName(u"joinedOnEdit")

        self.formGrid.addWidget(self.joinedOnEdit, 16, 1, 1, 1)

        self.joinedOnError = QLabel(MemberForm)
        self.joinedOnError.setObjectName(u"joinedOnError")

        self.formGrid.addWidget(self.joinedOnError, 17, 1, 1, 1)

        self.fullOnLabel = QLabel(MemberForm)
        self.fullOnLabel.setObjectName(u"fullOnLabel")

        self.formGrid.addWidget(self.fullOnLabel, 18, 0, 1, 1)

        self.fullOnEdit = DateLineEdit(MemberForm)
        self.fullOnEdit.setObjectName(u"fullOnEdit")

        self.formGrid.addWidget(self.fullOnEdit, 18, 1, 1, 1)

        self.fullOnError = QLabel(MemberForm)
        self.fullOnError.setObjectName(u"fullOnError")

        self.formGrid.addWidget(self.fullOnError, 19, 1, 1, 1)

        self.statusTitle = QLabel(MemberForm)
        self.statusTitle.setObjectName(u"statusTitle")

        self.formGrid.addWidget(self.statusTitle, 20, 0, 1, 1)

        self.statusValue = QLabel(MemberForm)
        self.statusValue.setObjectName(u"statusValue")

        self.formGrid.addWidget(self.statusValue, 20, 1, 1, 1)

        self.mobileCheck = QCheckBox(MemberForm)
        self.mobileCheck.setObjectName(u"mobileCheck")

        self.formGrid.addWidget(self.mobileCheck, 21, 1, 1, 1)

        self.notTransferredCheck = QCheckBox(MemberForm)
        self.notTransferredCheck.setObjectName(u"notTransferredCheck")

        self.formGrid.addWidget(self.notTransferredCheck, 22, 1, 1, 1)

        self.noteLabel = QLabel(MemberForm)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formGrid.addWidget(self.noteLabel, 23, 0, 1, 1, Qt.AlignTop)

        self.noteEdit = QPlainTextEdit(MemberForm)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMaximumSize(QSize(16777215, 70))

        self.formGrid.addWidget(self.noteEdit, 23, 1, 1, 1)

        self.noteError = QLabel(MemberForm)
        self.noteError.setObjectName(u"noteError")

        self.formGrid.addWidget(self.noteError, 24, 1, 1, 1)

        self.eventsBox = QGroupBox(MemberForm)
        self.eventsBox.setObjectName(u"eventsBox")
        self.eventsLayout = QVBoxLayout(self.eventsBox)
        self.eventsLayout.setObjectName(u"eventsLayout")
        self.eventsTable = QTableView(self.eventsBox)
        self.eventsTable.setObjectName(u"eventsTable")
        self.eventsTable.setMinimumSize(QSize(0, 110))

        self.eventsLayout.addWidget(self.eventsTable)

        self.eventsError = QLabel(self.eventsBox)
        self.eventsError.setObjectName(u"eventsError")

        self.eventsLayout.addWidget(self.eventsError)

        self.eventButtons = QHBoxLayout()
        self.eventButtons.setObjectName(u"eventButtons")
        self.addEventButton = QPushButton(self.eventsBox)
        self.addEventButton.setObjectName(u"addEventButton")

        self.eventButtons.addWidget(self.addEventButton)

        self.removeEventButton = QPushButton(self.eventsBox)
        self.removeEventButton.setObjectName(u"removeEventButton")

        self.eventButtons.addWidget(self.removeEventButton)

        self.eventSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.eventButtons.addItem(self.eventSpacer)


        self.eventsLayout.addLayout(self.eventButtons)


        self.formGrid.addWidget(self.eventsBox, 25, 0, 1, 2)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(MemberForm)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)

        self.saveButton = QPushButton(MemberForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)


        self.formGrid.addLayout(self.buttonRow, 26, 0, 1, 2)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formGrid.addItem(self.bottomSpacer, 27, 0, 1, 1)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.genderLabel.setBuddy(self.genderCombo)
        self.ethnicityLabel.setBuddy(self.ethnicityEdit)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.idNumberLabel.setBuddy(self.idNumberEdit)
        self.educationLabel.setBuddy(self.educationCombo)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.jobLabel.setBuddy(self.jobEdit)
        self.organisationLabel.setBuddy(self.organisationCombo)
        self.groupLabel.setBuddy(self.groupCombo)
        self.joinedOnLabel.setBuddy(self.joinedOnEdit)
        self.fullOnLabel.setBuddy(self.fullOnEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.genderCombo)
        QWidget.setTabOrder(self.genderCombo, self.ethnicityEdit)
        QWidget.setTabOrder(self.ethnicityEdit, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.idNumberEdit)
        QWidget.setTabOrder(self.idNumberEdit, self.showIdButton)
        QWidget.setTabOrder(self.showIdButton, self.educationCombo)
        QWidget.setTabOrder(self.educationCombo, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.jobEdit)
        QWidget.setTabOrder(self.jobEdit, self.organisationCombo)
        QWidget.setTabOrder(self.organisationCombo, self.groupCombo)
        QWidget.setTabOrder(self.groupCombo, self.joinedOnEdit)
        QWidget.setTabOrder(self.joinedOnEdit, self.fullOnEdit)
        QWidget.setTabOrder(self.fullOnEdit, self.mobileCheck)
        QWidget.setTabOrder(self.mobileCheck, self.notTransferredCheck)
        QWidget.setTabOrder(self.notTransferredCheck, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.eventsTable)
        QWidget.setTabOrder(self.eventsTable, self.addEventButton)
        QWidget.setTabOrder(self.addEventButton, self.removeEventButton)
        QWidget.setTabOrder(self.removeEventButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(MemberForm)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, MemberForm):
        MemberForm.setWindowTitle(QCoreApplication.translate("MemberForm", u"Member", None))
        self.nameLabel.setText(QCoreApplication.translate("MemberForm", u"&Name", None))
        self.nameError.setText("")
        self.genderLabel.setText(QCoreApplication.translate("MemberForm", u"&Gender", None))
        self.ethnicityLabel.setText(QCoreApplication.translate("MemberForm", u"Ethnicity", None))
        self.ethnicityError.setText("")
        self.birthDateLabel.setText(QCoreApplication.translate("MemberForm", u"&Birth date", None))
        self.birthDateEdit.setPlaceholderText(QCoreApplication.translate("MemberForm", u"YYYY-MM-DD", None))
        self.birthDateError.setText("")
        self.idNumberLabel.setText(QCoreApplication.translate("MemberForm", u"&ID number", None))
        self.showIdButton.setText(QCoreApplication.translate("MemberForm", u"Show", None))
#if QT_CONFIG(tooltip)
        self.showIdButton.setToolTip(QCoreApplication.translate("MemberForm", u"Show the whole ID number to check or edit it", None))
#endif // QT_CONFIG(tooltip)
        self.idNumberError.setText("")
        self.educationLabel.setText(QCoreApplication.translate("MemberForm", u"Education", None))
        self.phoneLabel.setText(QCoreApplication.translate("MemberForm", u"&Phone", None))
        self.phoneError.setText("")
        self.jobLabel.setText(QCoreApplication.translate("MemberForm", u"Job or position", None))
        self.jobError.setText("")
        self.organisationLabel.setText(QCoreApplication.translate("MemberForm", u"Organisation", None))
        self.groupLabel.setText(QCoreApplication.translate("MemberForm", u"Party &group", None))
        self.joinedOnLabel.setText(QCoreApplication.translate("MemberForm", u"&Joined on", None))
        self.joinedOnEdit.setPlaceholderText(QCoreApplication.translate("MemberForm", u"YYYY-MM-DD", None))
        self.joinedOnError.setText("")
        self.fullOnLabel.setText(QCoreApplication.translate("MemberForm", u"&Full member since", None))
        self.fullOnEdit.setPlaceholderText(QCoreApplication.translate("MemberForm", u"YYYY-MM-DD", None))
        self.fullOnError.setText("")
        self.statusTitle.setText(QCoreApplication.translate("MemberForm", u"Status today", None))
        self.statusValue.setText("")
        self.mobileCheck.setText(QCoreApplication.translate("MemberForm", u"Mobile member", None))
        self.notTransferredCheck.setText(QCoreApplication.translate("MemberForm", u"Membership not yet transferred in", None))
        self.noteLabel.setText(QCoreApplication.translate("MemberForm", u"Note", None))
        self.noteError.setText("")
        self.eventsBox.setTitle(QCoreApplication.translate("MemberForm", u"Membership events", None))
        self.eventsError.setText("")
        self.addEventButton.setText(QCoreApplication.translate("MemberForm", u"Add event", None))
        self.removeEventButton.setText(QCoreApplication.translate("MemberForm", u"Remove event", None))
        self.cancelButton.setText(QCoreApplication.translate("MemberForm", u"Cancel", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("MemberForm", u"Discard changes (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("MemberForm", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("MemberForm", u"Save (Enter or Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

