# Generated from forms/recruiting_page.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recruiting_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QTableView,
    QVBoxLayout, QWidget)

from branchdesk.ui.widgets.date_line_edit import DateLineEdit
from branchdesk.ui.widgets.evidence_list import EvidenceList

class Ui_RecruitingPage(object):
    def setupUi(self, RecruitingPage):
        if not RecruitingPage.objectName():
            RecruitingPage.setObjectName(u"RecruitingPage")
        self.pageLayout = QVBoxLayout(RecruitingPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.stageLabel = QLabel(RecruitingPage)
        self.stageLabel.setObjectName(u"stageLabel")

        self.filterRow.addWidget(self.stageLabel)

        self.stageCombo = QComboBox(RecruitingPage)
        self.stageCombo.setObjectName(u"stageCombo")

        self.filterRow.addWidget(self.stageCombo)

        self.filterEdit = QLineEdit(RecruitingPage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.filterEdit)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.newButton = QPushButton(RecruitingPage)
        self.newButton.setObjectName(u"newButton")

        self.filterRow.addWidget(self.newButton)

        self.deleteButton = QPushButton(RecruitingPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.filterRow.addWidget(self.deleteButton)


        self.pageLayout.addLayout(self.filterRow)

        self.splitter = QSplitter(RecruitingPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.tableSide = QWidget(self.splitter)
        self.tableSide.setObjectName(u"tableSide")
        self.tableLayout = QVBoxLayout(self.tableSide)
        self.tableLayout.setObjectName(u"tableLayout")
        self.tableLayout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView(self.tableSide)
        self.table.setObjectName(u"table")

        self.tableLayout.addWidget(self.table)

        self.summaryLabel = QLabel(self.tableSide)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.tableLayout.addWidget(self.summaryLabel)

        self.planBox = QGroupBox(self.tableSide)
        self.planBox.setObjectName(u"planBox")
        self.planLayout = QVBoxLayout(self.planBox)
        self.planLayout.setObjectName(u"planLayout")
        self.planRow = QHBoxLayout()
        self.planRow.setObjectName(u"planRow")
        self.planYearLabel = QLabel(self.planBox)
        self.planYearLabel.setObjectName(u"planYearLabel")

        self.planRow.addWidget(self.planYearLabel)

        self.planYearSpin = QSpinBox(self.planBox)
        self.planYearSpin.setObjectName(u"planYearSpin")
        self.planYearSpin.setMinimum(2000)
        self.planYearSpin.setMaximum(2100)

        self.planRow.addWidget(self.planYearSpin)

        self.plannedLabel = QLabel(self.planBox)
        self.plannedLabel.setObjectName(u"plannedLabel")

        self.planRow.addWidget(self.plannedLabel)

        self.plannedSpin = QSpinBox(self.planBox)
        self.plannedSpin.setObjectName(u"plannedSpin")
        self.plannedSpin.setMinimum(0)
        self.plannedSpin.setMaximum(999)

        self.planRow.addWidget(self.plannedSpin)

        self.planRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planRow.addItem(self.planRowSpacer)


        self.planLayout.addLayout(self.planRow)

        self.planNoteRow = QHBoxLayout()
        self.planNoteRow.setObjectName(u"planNoteRow")
        self.planNoteEdit = QLineEdit(self.planBox)
        self.planNoteEdit.setObjectName(u"planNoteEdit")

        self.planNoteRow.addWidget(self.planNoteEdit)

        self.planSaveButton = QPushButton(self.planBox)
        self.planSaveButton.setObjectName(u"planSaveButton")

        self.planNoteRow.addWidget(self.planSaveButton)


        self.planLayout.addLayout(self.planNoteRow)

        self.planActual = QLabel(self.planBox)
        self.planActual.setObjectName(u"planActual")
        self.planActual.setWordWrap(True)

        self.planLayout.addWidget(self.planActual)


        self.tableLayout.addWidget(self.planBox)

        self.splitter.addWidget(self.tableSide)
        self.formSide = QWidget(self.splitter)
        self.formSide.setObjectName(u"formSide")
        self.formSideLayout = QVBoxLayout(self.formSide)
        self.formSideLayout.setObjectName(u"formSideLayout")
        self.formSideLayout.setContentsMargins(0, 0, 0, 0)
        self.formScroll = QScrollArea(self.formSide)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setWidgetResizable(True)
        self.formWidget = QWidget()
        self.formWidget.setObjectName(u"formWidget")
        self.formLayout = QVBoxLayout(self.formWidget)
        self.formLayout.setObjectName(u"formLayout")
        self.personBox = QGroupBox(self.formWidget)
        self.personBox.setObjectName(u"personBox")
        self.personGrid = QGridLayout(self.personBox)
        self.personGrid.setObjectName(u"personGrid")
        self.nameLabel = QLabel(self.personBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.personGrid.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(self.personBox)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(50)

        self.personGrid.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.nameError = QLabel(self.personBox)
        self.nameError.setObjectName(u"nameError")

        self.personGrid.addWidget(self.nameError, 1, 1, 1, 1)

        self.genderLabel = QLabel(self.personBox)
        self.genderLabel.setObjectName(u"genderLabel")

        self.personGrid.addWidget(self.genderLabel, 2, 0, 1, 1)

        self.genderCombo = QComboBox(self.personBox)
        self.genderCombo.setObjectName(u"genderCombo")

        self.personGrid.addWidget(self.genderCombo, 2, 1, 1, 1)

        self.birthLabel = QLabel(self.personBox)
        self.birthLabel.setObjectName(u"birthLabel")

        self.personGrid.addWidget(self.birthLabel, 3, 0, 1, 1)

        self.birthEdit = DateLineEdit(self.personBox)
        self.birthEdit.setObjectName(u"birthEdit")

        self.personGrid.addWidget(self.birthEdit, 3, 1, 1, 1)

        self.birthError = QLabel(self.personBox)
        self.birthError.setObjectName(u"birthError")

        self.personGrid.addWidget(self.birthError, 4, 1, 1, 1)

        self.appliedLabel = QLabel(self.personBox)
        self.appliedLabel.setObjectName(u"appliedLabel")

        self.personGrid.addWidget(self.appliedLabel, 5, 0, 1, 1)

        self.appliedEdit = DateLineEdit(self.personBox)
        self.appliedEdit.setObjectName(u"appliedEdit")

        self.personGrid.addWidget(self.appliedEdit, 5, 1, 1, 1)

        self.appliedError = QLabel(self.personBox)
        self.appliedError.setObjectName(u"appliedError")

        self.personGrid.addWidget(self.appliedError, 6, 1, 1, 1)

        self.ethnicityLabel = QLabel(self.personBox)
        self.ethnicityLabel.setObjectName(u"ethnicityLabel")

        self.personGrid.addWidget(self.ethnicityLabel, 7, 0, 1, 1)

        self.ethnicityEdit = QLineEdit(self.personBox)
        self.ethnicityEdit.setObjectName(u"ethnicityEdit")
        self.ethnicityEdit.setMaxLength(20)

        self.personGrid.addWidget(self.ethnicityEdit, 7, 1, 1, 1)

        self.ethnicityError = QLabel(self.personBox)
        self.ethnicityError.setObjectName(u"ethnicityError")

        self.personGrid.addWidget(self.ethnicityError, 8, 1, 1, 1)

        self.educationLabel = QLabel(self.personBox)
        self.educationLabel.setObjectName(u"educationLabel")

        self.personGrid.addWidget(self.educationLabel, 9, 0, 1, 1)

        self.educationCombo = QComboBox(self.personBox)
        self.educationCombo.setObjectName(u"educationCombo")

        self.personGrid.addWidget(self.educationCombo, 9, 1, 1, 1)

        self.jobLabel = QLabel(self.personBox)
        self.jobLabel.setObjectName(u"jobLabel")

        self.personGrid.addWidget(self.jobLabel, 10, 0, 1, 1)

        self.jobEdit = QLineEdit(self.personBox)
        self.jobEdit.setObjectName(u"jobEdit")
        self.jobEdit.setMaxLength(100)

        self.personGrid.addWidget(self.jobEdit, 10, 1, 1, 1)

        self.jobError = QLabel(self.personBox)
        self.jobError.setObjectName(u"jobError")

        self.personGrid.addWidget(self.jobError, 11, 1, 1, 1)

        self.phoneLabel = QLabel(self.personBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.personGrid.addWidget(self.phoneLabel, 12, 0, 1, 1)

        self.phoneEdit = QLineEdit(self.personBox)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.personGrid.addWidget(self.phoneEdit, 12, 1, 1, 1)

        self.phoneError = QLabel(self.personBox)
        self.phoneError.setObjectName(u"phoneError")

        self.personGrid.addWidget(self.phoneError, 13, 1, 1, 1)

        self.planInLabel = QLabel(self.personBox)
        self.planInLabel.setObjectName(u"planInLabel")

        self.personGrid.addWidget(self.planInLabel, 14, 0, 1, 1)

        self.planInSpin = QSpinBox(self.personBox)
        self.planInSpin.setObjectName(u"planInSpin")
        self.planInSpin.setMinimum(0)
        self.planInSpin.setMaximum(2100)

        self.personGrid.addWidget(self.planInSpin, 14, 1, 1, 1)

        self.noteLabel = QLabel(self.personBox)
        self.noteLabel.setObjectName(u"noteLabel")

        self.personGrid.addWidget(self.noteLabel, 15, 0, 1, 1)

        self.noteEdit = QPlainTextEdit(self.personBox)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMaximumSize(QSize(16777215, 70))

        self.personGrid.addWidget(self.noteEdit, 15, 1, 1, 1)


        self.formLayout.addWidget(self.personBox)

        self.timelineBox = QGroupBox(self.formWidget)
        self.timelineBox.setObjectName(u"timelineBox")
        self.timelineLayout = QVBoxLayout(self.timelineBox)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.statusLabel = QLabel(self.timelineBox)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.timelineLayout.addWidget(self.statusLabel)

        self.stepsTable = QTableView(self.timelineBox)
        self.stepsTable.setObjectName(u"stepsTable")
        self.stepsTable.setMinimumSize(QSize(0, 380))

        self.timelineLayout.addWidget(self.stepsTable)

        self.stepsError = QLabel(self.timelineBox)
        self.stepsError.setObjectName(u"stepsError")

        self.timelineLayout.addWidget(self.stepsError)

        self.stepButtons = QHBoxLayout()
        self.stepButtons.setObjectName(u"stepButtons")
        self.stepKindLabel = QLabel(self.timelineBox)
        self.stepKindLabel.setObjectName(u"stepKindLabel")

        self.stepButtons.addWidget(self.stepKindLabel)

        self.stepKindCombo = QComboBox(self.timelineBox)
        self.stepKindCombo.setObjectName(u"stepKindCombo")

        self.stepButtons.addWidget(self.stepKindCombo)

        self.stepAddButton = QPushButton(self.timelineBox)
        self.stepAddButton.setObjectName(u"stepAddButton")

        self.stepButtons.addWidget(self.stepAddButton)

        self.stepRemoveButton = QPushButton(self.timelineBox)
        self.stepRemoveButton.setObjectName(u"stepRemoveButton")

        self.stepButtons.addWidget(self.stepRemoveButton)

        self.stepSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stepButtons.addItem(self.stepSpacer)


        self.timelineLayout.addLayout(self.stepButtons)

        self.breachLabel = QLabel(self.timelineBox)
        self.breachLabel.setObjectName(u"breachLabel")
        self.breachLabel.setWordWrap(True)

        self.timelineLayout.addWidget(self.breachLabel)


        self.formLayout.addWidget(self.timelineBox)

        self.evidenceBox = QGroupBox(self.formWidget)
        self.evidenceBox.setObjectName(u"evidenceBox")
        self.evidenceLayout = QVBoxLayout(self.evidenceBox)
        self.evidenceLayout.setObjectName(u"evidenceLayout")
        self.evidenceList = EvidenceList(self.evidenceBox)
        self.evidenceList.setObjectName(u"evidenceList")

        self.evidenceLayout.addWidget(self.evidenceList)


        self.formLayout.addWidget(self.evidenceBox)

        self.formScroll.setWidget(self.formWidget)

        self.formSideLayout.addWidget(self.formScroll)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.noticePdfButton = QPushButton(self.formSide)
        self.noticePdfButton.setObjectName(u"noticePdfButton")

        self.buttonRow.addWidget(self.noticePdfButton)

        self.noticeDocxButton = QPushButton(self.formSide)
        self.noticeDocxButton.setObjectName(u"noticeDocxButton")

        self.buttonRow.addWidget(self.noticeDocxButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(self.formSide)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)

        self.saveButton = QPushButton(self.formSide)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)


        self.formSideLayout.addLayout(self.buttonRow)

        self.splitter.addWidget(self.formSide)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.stageLabel.setBuddy(self.stageCombo)
        self.planYearLabel.setBuddy(self.planYearSpin)
        self.plannedLabel.setBuddy(self.plannedSpin)
        self.nameLabel.setBuddy(self.nameEdit)
        self.genderLabel.setBuddy(self.genderCombo)
        self.birthLabel.setBuddy(self.birthEdit)
        self.appliedLabel.setBuddy(self.appliedEdit)
        self.ethnicityLabel.setBuddy(self.ethnicityEdit)
        self.educationLabel.setBuddy(self.educationCombo)
        self.jobLabel.setBuddy(self.jobEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.planInLabel.setBuddy(self.planInSpin)
        self.noteLabel.setBuddy(self.noteEdit)
        self.stepKindLabel.setBuddy(self.stepKindCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filterEdit, self.stageCombo)
        QWidget.setTabOrder(self.stageCombo, self.newButton)
        QWidget.setTabOrder(self.newButton, self.table)
        QWidget.setTabOrder(self.table, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.genderCombo)
        QWidget.setTabOrder(self.genderCombo, self.birthEdit)
        QWidget.setTabOrder(self.birthEdit, self.appliedEdit)
        QWidget.setTabOrder(self.appliedEdit, self.ethnicityEdit)
        QWidget.setTabOrder(self.ethnicityEdit, self.educationCombo)
        QWidget.setTabOrder(self.educationCombo, self.jobEdit)
        QWidget.setTabOrder(self.jobEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.planInSpin)
        QWidget.setTabOrder(self.planInSpin, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.stepsTable)
        QWidget.setTabOrder(self.stepsTable, self.stepKindCombo)
        QWidget.setTabOrder(self.stepKindCombo, self.stepAddButton)
        QWidget.setTabOrder(self.stepAddButton, self.stepRemoveButton)
        QWidget.setTabOrder(self.stepRemoveButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.planYearSpin)
        QWidget.setTabOrder(self.planYearSpin, self.plannedSpin)
        QWidget.setTabOrder(self.plannedSpin, self.planNoteEdit)
        QWidget.setTabOrder(self.planNoteEdit, self.planSaveButton)

        self.retranslateUi(RecruitingPage)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, RecruitingPage):
        RecruitingPage.setWindowTitle(QCoreApplication.translate("RecruitingPage", u"Recruiting", None))
        self.stageLabel.setText(QCoreApplication.translate("RecruitingPage", u"S&tage", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("RecruitingPage", u"Filter by name", None))
        self.newButton.setText(QCoreApplication.translate("RecruitingPage", u"Ne&w person", None))
        self.deleteButton.setText(QCoreApplication.translate("RecruitingPage", u"&Move to recycle bin", None))
        self.summaryLabel.setText("")
        self.planBox.setTitle(QCoreApplication.translate("RecruitingPage", u"Yearly recruiting plan (\u53d1\u5c55\u8ba1\u5212)", None))
        self.planYearLabel.setText(QCoreApplication.translate("RecruitingPage", u"&Year", None))
        self.plannedLabel.setText(QCoreApplication.translate("RecruitingPage", u"Planne&d", None))
        self.planNoteEdit.setPlaceholderText(QCoreApplication.translate("RecruitingPage", u"Whom (names)", None))
        self.planSaveButton.setText(QCoreApplication.translate("RecruitingPage", u"Save p&lan", None))
        self.planActual.setText("")
        self.personBox.setTitle(QCoreApplication.translate("RecruitingPage", u"Person", None))
        self.nameLabel.setText(QCoreApplication.translate("RecruitingPage", u"&Name", None))
        self.nameError.setText("")
        self.genderLabel.setText(QCoreApplication.translate("RecruitingPage", u"&Gender", None))
        self.birthLabel.setText(QCoreApplication.translate("RecruitingPage", u"&Birth date", None))
        self.birthEdit.setPlaceholderText(QCoreApplication.translate("RecruitingPage", u"YYYY-MM-DD", None))
        self.birthError.setText("")
        self.appliedLabel.setText(QCoreApplication.translate("RecruitingPage", u"Appl&ied on", None))
        self.appliedEdit.setPlaceholderText(QCoreApplication.translate("RecruitingPage", u"YYYY-MM-DD", None))
        self.appliedError.setText("")
        self.ethnicityLabel.setText(QCoreApplication.translate("RecruitingPage", u"Et&hnicity", None))
        self.ethnicityError.setText("")
        self.educationLabel.setText(QCoreApplication.translate("RecruitingPage", u"&Education", None))
        self.jobLabel.setText(QCoreApplication.translate("RecruitingPage", u"&Job and organisation", None))
        self.jobError.setText("")
        self.phoneLabel.setText(QCoreApplication.translate("RecruitingPage", u"&Phone", None))
        self.phoneError.setText("")
        self.planInLabel.setText(QCoreApplication.translate("RecruitingPage", u"Recruiting plan o&f", None))
        self.planInSpin.setSpecialValueText(QCoreApplication.translate("RecruitingPage", u"\u2014", None))
        self.noteLabel.setText(QCoreApplication.translate("RecruitingPage", u"N&ote", None))
        self.timelineBox.setTitle(QCoreApplication.translate("RecruitingPage", u"Timeline", None))
        self.statusLabel.setText("")
        self.stepsError.setText("")
        self.stepKindLabel.setText(QCoreApplication.translate("RecruitingPage", u"Step &kind", None))
        self.stepAddButton.setText(QCoreApplication.translate("RecruitingPage", u"&Add step", None))
        self.stepRemoveButton.setText(QCoreApplication.translate("RecruitingPage", u"&Remove step", None))
        self.breachLabel.setText("")
        self.evidenceBox.setTitle(QCoreApplication.translate("RecruitingPage", u"Evidence", None))
        self.noticePdfButton.setText(QCoreApplication.translate("RecruitingPage", u"Public notice (PDF)\u2026", None))
        self.noticeDocxButton.setText(QCoreApplication.translate("RecruitingPage", u"Public notice (DOCX)\u2026", None))
        self.cancelButton.setText(QCoreApplication.translate("RecruitingPage", u"Cancel", None))
        self.saveButton.setText(QCoreApplication.translate("RecruitingPage", u"&Save", None))
    # retranslateUi

