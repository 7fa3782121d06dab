# Generated from forms/volunteer_form.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'volunteer_form.ui'
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
    QSizePolicy, QSpacerItem, QSpinBox, QWidget)

from branchdesk.ui.widgets.date_line_edit import DateLineEdit
from branchdesk.ui.widgets.evidence_list import EvidenceList
from branchdesk.ui.widgets.participant_editor import ParticipantEditor

class Ui_VolunteerForm(object):
    def setupUi(self, VolunteerForm):
        if not VolunteerForm.objectName():
            VolunteerForm.setObjectName(u"VolunteerForm")
        self.formGrid = QGridLayout(VolunteerForm)
        self.formGrid.setObjectName(u"formGrid")
        self.heldOnLabel = QLabel(VolunteerForm)
        self.heldOnLabel.setObjectName(u"heldOnLabel")

        self.formGrid.addWidget(self.heldOnLabel, 0, 0, 1, 1)

        self.heldOnEdit = DateLineEdit(VolunteerForm)
        self.heldOnEdit.setObjectName(u"heldOnEdit")

        self.formGrid.addWidget(self.heldOnEdit, 0, 1, 1, 1)

        self.heldOnError = QLabel(VolunteerForm)
        self.heldOnError.setObjectName(u"heldOnError")

        self.formGrid.addWidget(self.heldOnError, 1, 1, 1, 1)

        self.titleLabel = QLabel(VolunteerForm)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formGrid.addWidget(self.titleLabel, 2, 0, 1, 1)

        self.titleEdit = QLineEdit(VolunteerForm)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formGrid.addWidget(self.titleEdit, 2, 1, 1, 1)

        self.titleError = QLabel(VolunteerForm)
        self.titleError.setObjectName(u"titleError")

        self.formGrid.addWidget(self.titleError, 3, 1, 1, 1)

        self.placeLabel = QLabel(VolunteerForm)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formGrid.addWidget(self.placeLabel, 4, 0, 1, 1)

        self.placeEdit = QLineEdit(VolunteerForm)
        self.placeEdit.setObjectName(u"placeEdit")

        self.formGrid.addWidget(self.placeEdit, 4, 1, 1, 1)

        self.placeError = QLabel(VolunteerForm)
        self.placeError.setObjectName(u"placeError")

        self.formGrid.addWidget(self.placeError, 5, 1, 1, 1)

        self.organiserLabel = QLabel(VolunteerForm)
        self.organiserLabel.setObjectName(u"organiserLabel")

        self.formGrid.addWidget(self.organiserLabel, 6, 0, 1, 1)

        self.organiserEdit = QLineEdit(VolunteerForm)
        self.organiserEdit.setObjectName(u"organiserEdit")

        self.formGrid.addWidget(self.organiserEdit, 6, 1, 1, 1)

        self.organiserError = QLabel(VolunteerForm)
        self.organiserError.setObjectName(u"organiserError")

        self.formGrid.addWidget(self.organiserError, 7, 1, 1, 1)

        self.formLabel = QLabel(VolunteerForm)
        self.formLabel.setObjectName(u"formLabel")

        self.formGrid.addWidget(self.formLabel, 8, 0, 1, 1)

        self.formCombo = QComboBox(VolunteerForm)
        self.formCombo.setObjectName(u"formCombo")
        self.formCombo.setEditable(True)

        self.formGrid.addWidget(self.formCombo, 8, 1, 1, 1)

        self.formError = QLabel(VolunteerForm)
        self.formError.setObjectName(u"formError")

        self.formGrid.addWidget(self.formError, 9, 1, 1, 1)

        self.peopleServedLabel = QLabel(VolunteerForm)
        self.peopleServedLabel.setObjectName(u"peopleServedLabel")

        self.formGrid.addWidget(self.peopleServedLabel, 10, 0, 1, 1)

        self.peopleServedSpin = QSpinBox(VolunteerForm)
        self.peopleServedSpin.setObjectName(u"peopleServedSpin")
        self.peopleServedSpin.setMaximum(1000000)

        self.formGrid.addWidget(self.peopleServedSpin, 10, 1, 1, 1)

        self.peopleServedError = QLabel(VolunteerForm)
        self.peopleServedError.setObjectName(u"peopleServedError")

        self.formGrid.addWidget(self.peopleServedError, 11, 1, 1, 1)

        self.participantsLabel = QLabel(VolunteerForm)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.formGrid.addWidget(self.participantsLabel, 12, 0, 1, 1)

        self.participantsEditor = ParticipantEditor(VolunteerForm)
        self.participantsEditor.setObjectName(u"participantsEditor")

        self.formGrid.addWidget(self.participantsEditor, 12, 1, 1, 1)

        self.participantsError = QLabel(VolunteerForm)
        self.participantsError.setObjectName(u"participantsError")

        self.formGrid.addWidget(self.participantsError, 13, 1, 1, 1)

        self.descriptionLabel = QLabel(VolunteerForm)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formGrid.addWidget(self.descriptionLabel, 14, 0, 1, 1)

        self.descriptionEdit = QPlainTextEdit(VolunteerForm)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaximumSize(QSize(16777215, 90))
        self.descriptionEdit.setTabChangesFocus(True)

        self.formGrid.addWidget(self.descriptionEdit, 14, 1, 1, 1)

        self.descriptionError = QLabel(VolunteerForm)
        self.descriptionError.setObjectName(u"descriptionError")

        self.formGrid.addWidget(self.descriptionError, 15, 1, 1, 1)

        self.evidenceLabel = QLabel(VolunteerForm)
        self.evidenceLabel.setObjectName(u"evidenceLabel")

        self.formGrid.addWidget(self.evidenceLabel, 16, 0, 1, 1)

        self.evidenceList = EvidenceList(VolunteerForm)
        self.evidenceList.setObjectName(u"evidenceList")

        self.formGrid.addWidget(self.evidenceList, 16, 1, 1, 1)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(VolunteerForm)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)

        self.saveButton = QPushButton(VolunteerForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)


        self.formGrid.addLayout(self.buttonRow, 17, 0, 1, 2)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formGrid.addItem(self.bottomSpacer, 18, 0, 1, 2)

#if QT_CONFIG(shortcut)
        self.heldOnLabel.setBuddy(self.heldOnEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.organiserLabel.setBuddy(self.organiserEdit)
        self.formLabel.setBuddy(self.formCombo)
        self.peopleServedLabel.setBuddy(self.peopleServedSpin)
        self.participantsLabel.setBuddy(self.participantsEditor)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.evidenceLabel.setBuddy(self.evidenceList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.heldOnEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.organiserEdit)
        QWidget.setTabOrder(self.organiserEdit, self.formCombo)
        QWidget.setTabOrder(self.formCombo, self.peopleServedSpin)
        QWidget.setTabOrder(self.peopleServedSpin, self.participantsEditor)
        QWidget.setTabOrder(self.participantsEditor, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.evidenceList)
        QWidget.setTabOrder(self.evidenceList, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(VolunteerForm)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, VolunteerForm):
        VolunteerForm.setWindowTitle(QCoreApplication.translate("VolunteerForm", u"Volunteer activity", None))
        self.heldOnLabel.setText(QCoreApplication.translate("VolunteerForm", u"&Date", None))
        self.heldOnEdit.setPlaceholderText(QCoreApplication.translate("VolunteerForm", u"YYYY-MM-DD", None))
        self.heldOnError.setText("")
        self.titleLabel.setText(QCoreApplication.translate("VolunteerForm", u"&Title", None))
        self.titleError.setText("")
        self.placeLabel.setText(QCoreApplication.translate("VolunteerForm", u"&Place", None))
        self.placeError.setText("")
        self.organiserLabel.setText(QCoreApplication.translate("VolunteerForm", u"Organiser", None))
        self.organiserError.setText("")
        self.formLabel.setText(QCoreApplication.translate("VolunteerForm", u"&Form", None))
        self.formError.setText("")
        self.peopleServedLabel.setText(QCoreApplication.translate("VolunteerForm", u"People served", None))
        self.peopleServedError.setText("")
        self.participantsLabel.setText(QCoreApplication.translate("VolunteerForm", u"Pa&rticipants", None))
        self.participantsError.setText("")
        self.descriptionLabel.setText(QCoreApplication.translate("VolunteerForm", u"Description", None))
        self.descriptionError.setText("")
        self.evidenceLabel.setText(QCoreApplication.translate("VolunteerForm", u"Photos", None))
        self.cancelButton.setText(QCoreApplication.translate("VolunteerForm", u"Cancel", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("VolunteerForm", u"Discard the changes (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("VolunteerForm", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("VolunteerForm", u"Save (Enter or Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

