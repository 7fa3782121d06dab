# Generated from forms/dashboard_page.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

from branchdesk.ui.widgets.charts import (HeldDueChart, TrendChart)

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        self.pageLayout = QVBoxLayout(DashboardPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.noticeLabel = QLabel(DashboardPage)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.noticeLabel)

        self.trackingLabel = QLabel(DashboardPage)
        self.trackingLabel.setObjectName(u"trackingLabel")
        self.trackingLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.trackingLabel)

        self.backupNotice = QLabel(DashboardPage)
        self.backupNotice.setObjectName(u"backupNotice")
        self.backupNotice.setWordWrap(True)

        self.pageLayout.addWidget(self.backupNotice)

        self.figuresRow = QHBoxLayout()
        self.figuresRow.setObjectName(u"figuresRow")
        self.membersFigure = QLabel(DashboardPage)
        self.membersFigure.setObjectName(u"membersFigure")
        self.membersFigure.setAlignment(Qt.AlignCenter)

        self.figuresRow.addWidget(self.membersFigure)

        self.meetingsFigure = QLabel(DashboardPage)
        self.meetingsFigure.setObjectName(u"meetingsFigure")
        self.meetingsFigure.setAlignment(Qt.AlignCenter)

        self.figuresRow.addWidget(self.meetingsFigure)

        self.attendanceFigure = QLabel(DashboardPage)
        self.attendanceFigure.setObjectName(u"attendanceFigure")
        self.attendanceFigure.setAlignment(Qt.AlignCenter)

        self.figuresRow.addWidget(self.attendanceFigure)

        self.studyFigure = QLabel(DashboardPage)
        self.studyFigure.setObjectName(u"studyFigure")
        self.studyFigure.setAlignment(Qt.AlignCenter)

        self.figuresRow.addWidget(self.studyFigure)

        self.volunteerFigure = QLabel(DashboardPage)
        self.volunteerFigure.setObjectName(u"volunteerFigure")
        self.volunteerFigure.setAlignment(Qt.AlignCenter)

        self.figuresRow.addWidget(self.volunteerFigure)


        self.pageLayout.addLayout(self.figuresRow)

        self.chartsRow = QHBoxLayout()
        self.chartsRow.setObjectName(u"chartsRow")
        self.meetingsChart = HeldDueChart(DashboardPage)
        self.meetingsChart.setObjectName(u"meetingsChart")

        self.chartsRow.addWidget(self.meetingsChart)

        self.attendanceChart = TrendChart(DashboardPage)
        self.attendanceChart.setObjectName(u"attendanceChart")

        self.chartsRow.addWidget(self.attendanceChart)


        self.pageLayout.addLayout(self.chartsRow)

        self.periodTabs = QTabWidget(DashboardPage)
        self.periodTabs.setObjectName(u"periodTabs")
        self.monthTab = QWidget()
        self.monthTab.setObjectName(u"monthTab")
        self.monthLayout = QVBoxLayout(self.monthTab)
        self.monthLayout.setObjectName(u"monthLayout")
        self.monthTable = QTableView(self.monthTab)
        self.monthTable.setObjectName(u"monthTable")

        self.monthLayout.addWidget(self.monthTable)

        self.periodTabs.addTab(self.monthTab, "")
        self.quarterTab = QWidget()
        self.quarterTab.setObjectName(u"quarterTab")
        self.quarterLayout = QVBoxLayout(self.quarterTab)
        self.quarterLayout.setObjectName(u"quarterLayout")
        self.quarterTable = QTableView(self.quarterTab)
        self.quarterTable.setObjectName(u"quarterTable")

        self.quarterLayout.addWidget(self.quarterTable)

        self.periodTabs.addTab(self.quarterTab, "")
        self.yearTab = QWidget()
        self.yearTab.setObjectName(u"yearTab")
        self.yearLayout = QVBoxLayout(self.yearTab)
        self.yearLayout.setObjectName(u"yearLayout")
        self.yearTable = QTableView(self.yearTab)
        self.yearTable.setObjectName(u"yearTable")

        self.yearLayout.addWidget(self.yearTable)

        self.periodTabs.addTab(self.yearTab, "")
        self.lastYearTab = QWidget()
        self.lastYearTab.setObjectName(u"lastYearTab")
        self.lastYearLayout = QVBoxLayout(self.lastYearTab)
        self.lastYearLayout.setObjectName(u"lastYearLayout")
        self.lastYearTable = QTableView(self.lastYearTab)
        self.lastYearTable.setObjectName(u"lastYearTable")

        self.lastYearLayout.addWidget(self.lastYearTable)

        self.periodTabs.addTab(self.lastYearTab, "")

        self.pageLayout.addWidget(self.periodTabs)

        self.actionsRow = QHBoxLayout()
        self.actionsRow.setObjectName(u"actionsRow")
        self.showAllCheck = QCheckBox(DashboardPage)
        self.showAllCheck.setObjectName(u"showAllCheck")

        self.actionsRow.addWidget(self.showAllCheck)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsRow.addItem(self.actionsSpacer)

        self.recordButton = QPushButton(DashboardPage)
        self.recordButton.setObjectName(u"recordButton")

        self.actionsRow.addWidget(self.recordButton)


        self.pageLayout.addLayout(self.actionsRow)

        QWidget.setTabOrder(self.periodTabs, self.monthTable)
        QWidget.setTabOrder(self.monthTable, self.quarterTable)
        QWidget.setTabOrder(self.quarterTable, self.yearTable)
        QWidget.setTabOrder(self.yearTable, self.lastYearTable)
        QWidget.setTabOrder(self.lastYearTable, self.showAllCheck)
        QWidget.setTabOrder(self.showAllCheck, self.recordButton)

        self.retranslateUi(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        DashboardPage.setWindowTitle(QCoreApplication.translate("DashboardPage", u"Overview", None))
        self.noticeLabel.setText("")
        self.backupNotice.setText("")
        self.periodTabs.setTabText(self.periodTabs.indexOf(self.monthTab), QCoreApplication.translate("DashboardPage", u"This month", None))
        self.periodTabs.setTabText(self.periodTabs.indexOf(self.quarterTab), QCoreApplication.translate("DashboardPage", u"This quarter", None))
        self.periodTabs.setTabText(self.periodTabs.indexOf(self.yearTab), QCoreApplication.translate("DashboardPage", u"This year", None))
        self.periodTabs.setTabText(self.periodTabs.indexOf(self.lastYearTab), QCoreApplication.translate("DashboardPage", u"Last year", None))
        self.showAllCheck.setText(QCoreApplication.translate("DashboardPage", u"Show &met and not applicable items", None))
        self.recordButton.setText(QCoreApplication.translate("DashboardPage", u"&Record it now\u2026", None))
#if QT_CONFIG(tooltip)
        self.recordButton.setToolTip(QCoreApplication.translate("DashboardPage", u"Open a new record of the right kind, prefilled, for the selected item (Enter)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

