# Generated from forms/meeting_form.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_form.ui'
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
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

from branchdesk.ui.widgets.attendance_grid import AttendanceGrid
from branchdesk.ui.widgets.date_line_edit import DateLineEdit
from branchdesk.ui.widgets.evidence_list import EvidenceList

class Ui_MeetingForm(object):
    def setupUi(self, MeetingForm):
        if not MeetingForm.objectName():
            MeetingForm.setObjectName(u"MeetingForm")
        self.formLayout = QVBoxLayout(MeetingForm)
        self.formLayout.setObjectName(u"formLayout")
        self.tabs = QTabWidget(MeetingForm)
        self.tabs.setObjectName(u"tabs")
        self.basicsTab = QWidget()
        self.basicsTab.setObjectName(u"basicsTab")
        self.basicsGrid = QGridLayout(self.basicsTab)
        self.basicsGrid.setObjectName(u"basicsGrid")
        self.kindLabel = QLabel(self.basicsTab)
        self.kindLabel.setObjectName(u"kindLabel")

        self.basicsGrid.addWidget(self.kindLabel, 0, 0, 1, 1)

        self.kindCombo = QComboBox(self.basicsTab)
        self.kindCombo.setObjectName(u"kindCombo")

        self.basicsGrid.addWidget(self.kindCombo, 0, 1, 1, 1)

        self.kindError = QLabel(self.basicsTab)
        self.kindError.setObjectName(u"kindError")

        self.basicsGrid.addWidget(self.kindError, 1, 1, 1, 1)

        self.heldOnLabel = QLabel(self.basicsTab)
        self.heldOnLabel.setObjectName(u"heldOnLabel")

        self.basicsGrid.addWidget(self.heldOnLabel, 2, 0, 1, 1)

        self.heldOnEdit = DateLineEdit(self.basicsTab)
        self.heldOnEdit.setObjectName(u"heldOnEdit")

        self.basicsGrid.addWidget(self.heldOnEdit, 2, 1, 1, 1)

        self.heldOnError = QLabel(self.basicsTab)
        self.heldOnError.setObjectName(u"heldOnError")

        self.basicsGrid.addWidget(self.heldOnError, 3, 1, 1, 1)

        self.startTimeLabel = QLabel(self.basicsTab)
        self.startTimeLabel.setObjectName(u"startTimeLabel")

        self.basicsGrid.addWidget(self.startTimeLabel, 4, 0, 1, 1)

        self.timeRow = QHBoxLayout()
        self.timeRow.setObjectName(u"timeRow")
        self.startTimeEdit = QLineEdit(self.basicsTab)
        self.startTimeEdit.setObjectName(u"startTimeEdit")

        self.timeRow.addWidget(self.startTimeEdit)

        self.timeDash = QLabel(self.basicsTab)
        self.timeDash.setObjectName(u"timeDash")

        self.timeRow.addWidget(self.timeDash)

        self.endTimeEdit = QLineEdit(self.basicsTab)
        self.endTimeEdit.setObjectName(u"endTimeEdit")

        self.timeRow.addWidget(self.endTimeEdit)


        self.basicsGrid.addLayout(self.timeRow, 4, 1, 1, 1)

        self.startTimeError = QLabel(self.basicsTab)
        self.startTimeError.setObjectName(u"startTimeError")

        self.basicsGrid.addWidget(self.startTimeError, 5, 1, 1, 1)

        self.endTimeError = QLabel(self.basicsTab)
        self.endTimeError.setObjectName(u"endTimeError")

        self.basicsGrid.addWidget(self.endTimeError, 6, 1, 1, 1)

        self.numberLabel = QLabel(self.basicsTab)
        self.numberLabel.setObjectName(u"numberLabel")

        self.basicsGrid.addWidget(self.numberLabel, 7, 0, 1, 1)

        self.numberEdit = QLineEdit(self.basicsTab)
        self.numberEdit.setObjectName(u"numberEdit")

        self.basicsGrid.addWidget(self.numberEdit, 7, 1, 1, 1)

        self.numberError = QLabel(self.basicsTab)
        self.numberError.setObjectName(u"numberError")

        self.basicsGrid.addWidget(self.numberError, 8, 1, 1, 1)

        self.titleLabel = QLabel(self.basicsTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.basicsGrid.addWidget(self.titleLabel, 9, 0, 1, 1)

        self.titleEdit = QLineEdit(self.basicsTab)
        self.titleEdit.setObjectName(u"titleEdit")

        self.basicsGrid.addWidget(self.titleEdit, 9, 1, 1, 1)

        self.titleError = QLabel(self.basicsTab)
        self.titleError.setObjectName(u"titleError")

        self.basicsGrid.addWidget(self.titleError, 10, 1, 1, 1)

        self.placeLabel = QLabel(self.basicsTab)
        self.placeLabel.setObjectName(u"placeLabel")

        self.basicsGrid.addWidget(self.placeLabel, 11, 0, 1, 1)

        self.placeEdit = QLineEdit(self.basicsTab)
        self.placeEdit.setObjectName(u"placeEdit")

        self.basicsGrid.addWidget(self.placeEdit, 11, 1, 1, 1)

        self.placeError = QLabel(self.basicsTab)
        self.placeError.setObjectName(u"placeError")

        self.basicsGrid.addWidget(self.placeError, 12, 1, 1, 1)

        self.hostLabel = QLabel(self.basicsTab)
        self.hostLabel.setObjectName(u"hostLabel")

        self.basicsGrid.addWidget(self.hostLabel, 13, 0, 1, 1)

        self.hostRow = QHBoxLayout()
        self.hostRow.setObjectName(u"hostRow")
        self.hostCombo = QComboBox(self.basicsTab)
        self.hostCombo.setObjectName(u"hostCombo")
        self.hostCombo.setEditable(True)
        self.hostCombo.setInsertPolicy(QComboBox.NoInsert)

        self.hostRow.addWidget(self.hostCombo)

        self.hostPostEdit = QLineEdit(self.basicsTab)
        self.hostPostEdit.setObjectName(u"hostPostEdit")

        self.hostRow.addWidget(self.hostPostEdit)

        self.hostRow.setStretch(0, 2)
        self.hostRow.setStretch(1, 1)

        self.basicsGrid.addLayout(self.hostRow, 13, 1, 1, 1)

        self.hostError = QLabel(self.basicsTab)
        self.hostError.setObjectName(u"hostError")

        self.basicsGrid.addWidget(self.hostError, 14, 1, 1, 1)

        self.recorderLabel = QLabel(self.basicsTab)
        self.recorderLabel.setObjectName(u"recorderLabel")

        self.basicsGrid.addWidget(self.recorderLabel, 15, 0, 1, 1)

        self.recorderCombo = QComboBox(self.basicsTab)
        self.recorderCombo.setObjectName(u"recorderCombo")
        self.recorderCombo.setEditable(True)
        self.recorderCombo.setInsertPolicy(QComboBox.NoInsert)

        self.basicsGrid.addWidget(self.recorderCombo, 15, 1, 1, 1)

        self.recorderError = QLabel(self.basicsTab)
        self.recorderError.setObjectName(u"recorderError")

        self.basicsGrid.addWidget(self.recorderError, 16, 1, 1, 1)

        self.groupLabel = QLabel(self.basicsTab)
        self.groupLabel.setObjectName(u"groupLabel")

        self.basicsGrid.addWidget(self.groupLabel, 17, 0, 1, 1)

        self.groupCombo = QComboBox(self.basicsTab)
        self.groupCombo.setObjectName(u"groupCombo")

        self.basicsGrid.addWidget(self.groupCombo, 17, 1, 1, 1)

        self.groupError = QLabel(self.basicsTab)
        self.groupError.setObjectName(u"groupError")

        self.basicsGrid.addWidget(self.groupError, 18, 1, 1, 1)

        self.lecturerLabel = QLabel(self.basicsTab)
        self.lecturerLabel.setObjectName(u"lecturerLabel")

        self.basicsGrid.addWidget(self.lecturerLabel, 19, 0, 1, 1)

        self.lecturerCombo = QComboBox(self.basicsTab)
        self.lecturerCombo.setObjectName(u"lecturerCombo")
        self.lecturerCombo.setEditable(True)
        self.lecturerCombo.setInsertPolicy(QComboBox.NoInsert)

        self.basicsGrid.addWidget(self.lecturerCombo, 19, 1, 1, 1)

        self.lecturerError = QLabel(self.basicsTab)
        self.lecturerError.setObjectName(u"lecturerError")

        self.basicsGrid.addWidget(self.lecturerError, 20, 1, 1, 1)

        self.topicLabel = QLabel(self.basicsTab)
        self.topicLabel.setObjectName(u"topicLabel")

        self.basicsGrid.addWidget(self.topicLabel, 21, 0, 1, 1)

        self.topicEdit = QLineEdit(self.basicsTab)
        self.topicEdit.setObjectName(u"topicEdit")

        self.basicsGrid.addWidget(self.topicEdit, 21, 1, 1, 1)

        self.topicError = QLabel(self.basicsTab)
        self.topicError.setObjectName(u"topicError")

        self.basicsGrid.addWidget(self.topicError, 22, 1, 1, 1)

        self.themeLabel = QLabel(self.basicsTab)
        self.themeLabel.setObjectName(u"themeLabel")

        self.basicsGrid.addWidget(self.themeLabel, 23, 0, 1, 1)

        self.themeRow = QHBoxLayout()
        self.themeRow.setObjectName(u"themeRow")
        self.themeEdit = QLineEdit(self.basicsTab)
        self.themeEdit.setObjectName(u"themeEdit")

        self.themeRow.addWidget(self.themeEdit)

        self.formCombo = QComboBox(self.basicsTab)
        self.formCombo.setObjectName(u"formCombo")

        self.themeRow.addWidget(self.formCombo)


        self.basicsGrid.addLayout(self.themeRow, 23, 1, 1, 1)

        self.themeError = QLabel(self.basicsTab)
        self.themeError.setObjectName(u"themeError")

        self.basicsGrid.addWidget(self.themeError, 24, 1, 1, 1)

        self.nonMemberLabel = QLabel(self.basicsTab)
        self.nonMemberLabel.setObjectName(u"nonMemberLabel")

        self.basicsGrid.addWidget(self.nonMemberLabel, 25, 0, 1, 1)

        self.nonMemberEdit = QLineEdit(self.basicsTab)
        self.nonMemberEdit.setObjectName(u"nonMemberEdit")

        self.basicsGrid.addWidget(self.nonMemberEdit, 25, 1, 1, 1)

        self.nonMemberError = QLabel(self.basicsTab)
        self.nonMemberError.setObjectName(u"nonMemberError")

        self.basicsGrid.addWidget(self.nonMemberError, 26, 1, 1, 1)

        self.upperLabel = QLabel(self.basicsTab)
        self.upperLabel.setObjectName(u"upperLabel")

        self.basicsGrid.addWidget(self.upperLabel, 27, 0, 1, 1)

        self.upperEdit = QLineEdit(self.basicsTab)
        self.upperEdit.setObjectName(u"upperEdit")

        self.basicsGrid.addWidget(self.upperEdit, 27, 1, 1, 1)

        self.upperError = QLabel(self.basicsTab)
        self.upperError.setObjectName(u"upperError")

        self.basicsGrid.addWidget(self.upperError, 28, 1, 1, 1)

        self.basicsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.basicsGrid.addItem(self.basicsSpacer, 29, 1, 1, 1)

        self.tabs.addTab(self.basicsTab, "")
        self.attendanceTab = QWidget()
        self.attendanceTab.setObjectName(u"attendanceTab")
        self.attendanceTabLayout = QVBoxLayout(self.attendanceTab)
        self.attendanceTabLayout.setObjectName(u"attendanceTabLayout")
        self.attendanceHint = QLabel(self.attendanceTab)
        self.attendanceHint.setObjectName(u"attendanceHint")

        self.attendanceTabLayout.addWidget(self.attendanceHint)

        self.attendanceGrid = AttendanceGrid(self.attendanceTab)
        self.attendanceGrid.setObjectName(u"attendanceGrid")

        self.attendanceTabLayout.addWidget(self.attendanceGrid)

        self.attendanceSummary = QLabel(self.attendanceTab)
        self.attendanceSummary.setObjectName(u"attendanceSummary")

        self.attendanceTabLayout.addWidget(self.attendanceSummary)

        self.attendanceError = QLabel(self.attendanceTab)
        self.attendanceError.setObjectName(u"attendanceError")

        self.attendanceTabLayout.addWidget(self.attendanceError)

        self.tabs.addTab(self.attendanceTab, "")
        self.recordTab = QWidget()
        self.recordTab.setObjectName(u"recordTab")
        self.recordTabLayout = QVBoxLayout(self.recordTab)
        self.recordTabLayout.setObjectName(u"recordTabLayout")
        self.agendaLabel = QLabel(self.recordTab)
        self.agendaLabel.setObjectName(u"agendaLabel")

        self.recordTabLayout.addWidget(self.agendaLabel)

        self.agendaEdit = QPlainTextEdit(self.recordTab)
        self.agendaEdit.setObjectName(u"agendaEdit")
        self.agendaEdit.setTabChangesFocus(True)

        self.recordTabLayout.addWidget(self.agendaEdit)

        self.studiedLabel = QLabel(self.recordTab)
        self.studiedLabel.setObjectName(u"studiedLabel")

        self.recordTabLayout.addWidget(self.studiedLabel)

        self.studiedEdit = QPlainTextEdit(self.recordTab)
        self.studiedEdit.setObjectName(u"studiedEdit")
        self.studiedEdit.setTabChangesFocus(True)

        self.recordTabLayout.addWidget(self.studiedEdit)

        self.studiedError = QLabel(self.recordTab)
        self.studiedError.setObjectName(u"studiedError")

        self.recordTabLayout.addWidget(self.studiedError)

        self.minutesLabel = QLabel(self.recordTab)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.recordTabLayout.addWidget(self.minutesLabel)

        self.minutesEdit = QPlainTextEdit(self.recordTab)
        self.minutesEdit.setObjectName(u"minutesEdit")
        self.minutesEdit.setTabChangesFocus(True)

        self.recordTabLayout.addWidget(self.minutesEdit)

        self.minutesError = QLabel(self.recordTab)
        self.minutesError.setObjectName(u"minutesError")

        self.recordTabLayout.addWidget(self.minutesError)

        self.summaryLabel = QLabel(self.recordTab)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.recordTabLayout.addWidget(self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(self.recordTab)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)

        self.recordTabLayout.addWidget(self.summaryEdit)

        self.summaryError = QLabel(self.recordTab)
        self.summaryError.setObjectName(u"summaryError")

        self.recordTabLayout.addWidget(self.summaryError)

        self.tabs.addTab(self.recordTab, "")
        self.decisionsTab = QWidget()
        self.decisionsTab.setObjectName(u"decisionsTab")
        self.decisionsTabLayout = QVBoxLayout(self.decisionsTab)
        self.decisionsTabLayout.setObjectName(u"decisionsTabLayout")
        self.resolutionsLabel = QLabel(self.decisionsTab)
        self.resolutionsLabel.setObjectName(u"resolutionsLabel")

        self.decisionsTabLayout.addWidget(self.resolutionsLabel)

        self.resolutionsTable = QTableView(self.decisionsTab)
        self.resolutionsTable.setObjectName(u"resolutionsTable")

        self.decisionsTabLayout.addWidget(self.resolutionsTable)

        self.resolutionButtons = QHBoxLayout()
        self.resolutionButtons.setObjectName(u"resolutionButtons")
        self.resolutionAddButton = QPushButton(self.decisionsTab)
        self.resolutionAddButton.setObjectName(u"resolutionAddButton")

        self.resolutionButtons.addWidget(self.resolutionAddButton)

        self.resolutionRemoveButton = QPushButton(self.decisionsTab)
        self.resolutionRemoveButton.setObjectName(u"resolutionRemoveButton")

        self.resolutionButtons.addWidget(self.resolutionRemoveButton)

        self.resolutionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resolutionButtons.addItem(self.resolutionSpacer)


        self.decisionsTabLayout.addLayout(self.resolutionButtons)

        self.resolutionsStatus = QLabel(self.decisionsTab)
        self.resolutionsStatus.setObjectName(u"resolutionsStatus")

        self.decisionsTabLayout.addWidget(self.resolutionsStatus)

        self.resolutionsError = QLabel(self.decisionsTab)
        self.resolutionsError.setObjectName(u"resolutionsError")

        self.decisionsTabLayout.addWidget(self.resolutionsError)

        self.actionsLabel = QLabel(self.decisionsTab)
        self.actionsLabel.setObjectName(u"actionsLabel")

        self.decisionsTabLayout.addWidget(self.actionsLabel)

        self.actionsTable = QTableView(self.decisionsTab)
        self.actionsTable.setObjectName(u"actionsTable")

        self.decisionsTabLayout.addWidget(self.actionsTable)

        self.actionButtons = QHBoxLayout()
        self.actionButtons.setObjectName(u"actionButtons")
        self.actionAddButton = QPushButton(self.decisionsTab)
        self.actionAddButton.setObjectName(u"actionAddButton")

        self.actionButtons.addWidget(self.actionAddButton)

        self.actionRemoveButton = QPushButton(self.decisionsTab)
        self.actionRemoveButton.setObjectName(u"actionRemoveButton")

        self.actionButtons.addWidget(self.actionRemoveButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionButtons.addItem(self.actionSpacer)


        self.decisionsTabLayout.addLayout(self.actionButtons)

        self.actionsError = QLabel(self.decisionsTab)
        self.actionsError.setObjectName(u"actionsError")

        self.decisionsTabLayout.addWidget(self.actionsError)

        self.tabs.addTab(self.decisionsTab, "")
        self.evidenceTab = QWidget()
        self.evidenceTab.setObjectName(u"evidenceTab")
        self.evidenceTabLayout = QVBoxLayout(self.evidenceTab)
        self.evidenceTabLayout.setObjectName(u"evidenceTabLayout")
        self.evidenceList = EvidenceList(self.evidenceTab)
        self.evidenceList.setObjectName(u"evidenceList")

        self.evidenceTabLayout.addWidget(self.evidenceList)

        self.tabs.addTab(self.evidenceTab, "")

        self.formLayout.addWidget(self.tabs)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(MeetingForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.cancelButton = QPushButton(MeetingForm)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)


        self.formLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.heldOnLabel.setBuddy(self.heldOnEdit)
        self.startTimeLabel.setBuddy(self.startTimeEdit)
        self.numberLabel.setBuddy(self.numberEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.hostLabel.setBuddy(self.hostCombo)
        self.recorderLabel.setBuddy(self.recorderCombo)
        self.groupLabel.setBuddy(self.groupCombo)
        self.lecturerLabel.setBuddy(self.lecturerCombo)
        self.topicLabel.setBuddy(self.topicEdit)
        self.themeLabel.setBuddy(self.themeEdit)
        self.nonMemberLabel.setBuddy(self.nonMemberEdit)
        self.upperLabel.setBuddy(self.upperEdit)
        self.agendaLabel.setBuddy(self.agendaEdit)
        self.studiedLabel.setBuddy(self.studiedEdit)
        self.minutesLabel.setBuddy(self.minutesEdit)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.resolutionsLabel.setBuddy(self.resolutionsTable)
        self.actionsLabel.setBuddy(self.actionsTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.heldOnEdit)
        QWidget.setTabOrder(self.heldOnEdit, self.startTimeEdit)
        QWidget.setTabOrder(self.startTimeEdit, self.endTimeEdit)
        QWidget.setTabOrder(self.endTimeEdit, self.numberEdit)
        QWidget.setTabOrder(self.numberEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.hostCombo)
        QWidget.setTabOrder(self.hostCombo, self.hostPostEdit)
        QWidget.setTabOrder(self.hostPostEdit, self.recorderCombo)
        QWidget.setTabOrder(self.recorderCombo, self.groupCombo)
        QWidget.setTabOrder(self.groupCombo, self.lecturerCombo)
        QWidget.setTabOrder(self.lecturerCombo, self.topicEdit)
        QWidget.setTabOrder(self.topicEdit, self.themeEdit)
        QWidget.setTabOrder(self.themeEdit, self.formCombo)
        QWidget.setTabOrder(self.formCombo, self.nonMemberEdit)
        QWidget.setTabOrder(self.nonMemberEdit, self.upperEdit)
        QWidget.setTabOrder(self.upperEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(MeetingForm)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, MeetingForm):
        MeetingForm.setWindowTitle(QCoreApplication.translate("MeetingForm", u"Meeting", None))
        self.kindLabel.setText(QCoreApplication.translate("MeetingForm", u"&Kind", None))
        self.kindError.setText("")
        self.heldOnLabel.setText(QCoreApplication.translate("MeetingForm", u"&Date", None))
        self.heldOnEdit.setPlaceholderText(QCoreApplication.translate("MeetingForm", u"YYYY-MM-DD", None))
        self.heldOnError.setText("")
        self.startTimeLabel.setText(QCoreApplication.translate("MeetingForm", u"&Time", None))
        self.startTimeEdit.setPlaceholderText(QCoreApplication.translate("MeetingForm", u"HH:MM", None))
        self.timeDash.setText(QCoreApplication.translate("MeetingForm", u"\u2013", None))
        self.endTimeEdit.setPlaceholderText(QCoreApplication.translate("MeetingForm", u"HH:MM", None))
        self.startTimeError.setText("")
        self.endTimeError.setText("")
        self.numberLabel.setText(QCoreApplication.translate("MeetingForm", u"N&umber", None))
        self.numberError.setText("")
        self.titleLabel.setText(QCoreApplication.translate("MeetingForm", u"&Title", None))
        self.titleError.setText("")
        self.placeLabel.setText(QCoreApplication.translate("MeetingForm", u"&Place", None))
        self.placeError.setText("")
        self.hostLabel.setText(QCoreApplication.translate("MeetingForm", u"&Host", None))
        self.hostPostEdit.setPlaceholderText(QCoreApplication.translate("MeetingForm", u"Post", None))
        self.hostError.setText("")
        self.recorderLabel.setText(QCoreApplication.translate("MeetingForm", u"&Recorder", None))
        self.recorderError.setText("")
        self.groupLabel.setText(QCoreApplication.translate("MeetingForm", u"Party &group", None))
        self.groupError.setText("")
        self.lecturerLabel.setText(QCoreApplication.translate("MeetingForm", u"&Lecturer", None))
        self.lecturerError.setText("")
        self.topicLabel.setText(QCoreApplication.translate("MeetingForm", u"T&opic", None))
        self.topicError.setText("")
        self.themeLabel.setText(QCoreApplication.translate("MeetingForm", u"T&heme", None))
        self.themeError.setText("")
        self.nonMemberLabel.setText(QCoreApplication.translate("MeetingForm", u"Non-member attendees", None))
        self.nonMemberError.setText("")
        self.upperLabel.setText(QCoreApplication.translate("MeetingForm", u"Upper-level attendees", None))
        self.upperError.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.basicsTab), QCoreApplication.translate("MeetingForm", u"Basics", None))
        self.attendanceHint.setText(QCoreApplication.translate("MeetingForm", u"Everyone is present by default. Keys: P present, L on leave (then type the reason), A absent.", None))
        self.attendanceSummary.setText("")
        self.attendanceError.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.attendanceTab), QCoreApplication.translate("MeetingForm", u"Attendance", None))
        self.agendaLabel.setText(QCoreApplication.translate("MeetingForm", u"A&genda (one item a line)", None))
        self.studiedLabel.setText(QCoreApplication.translate("MeetingForm", u"&Studied or relayed", None))
        self.studiedError.setText("")
        self.minutesLabel.setText(QCoreApplication.translate("MeetingForm", u"&Minutes (speakers' remarks)", None))
        self.minutesError.setText("")
        self.summaryLabel.setText(QCoreApplication.translate("MeetingForm", u"Host's s&ummary", None))
        self.summaryError.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.recordTab), QCoreApplication.translate("MeetingForm", u"Proceedings", None))
        self.resolutionsLabel.setText(QCoreApplication.translate("MeetingForm", u"Resolutions and votes", None))
        self.resolutionAddButton.setText(QCoreApplication.translate("MeetingForm", u"Add", None))
        self.resolutionRemoveButton.setText(QCoreApplication.translate("MeetingForm", u"Remove", None))
        self.resolutionsStatus.setText("")
        self.resolutionsError.setText("")
        self.actionsLabel.setText(QCoreApplication.translate("MeetingForm", u"Follow-up and rectification items", None))
        self.actionAddButton.setText(QCoreApplication.translate("MeetingForm", u"Add", None))
        self.actionRemoveButton.setText(QCoreApplication.translate("MeetingForm", u"Remove", None))
        self.actionsError.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.decisionsTab), QCoreApplication.translate("MeetingForm", u"Resolutions and rectification", None))
        self.tabs.setTabText(self.tabs.indexOf(self.evidenceTab), QCoreApplication.translate("MeetingForm", u"Evidence", None))
        self.saveButton.setText(QCoreApplication.translate("MeetingForm", u"&Save", None))
        self.cancelButton.setText(QCoreApplication.translate("MeetingForm", u"Cancel", None))
    # retranslateUi

