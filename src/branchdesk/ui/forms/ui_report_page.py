# Generated from forms/report_page.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QSplitter, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ReportPage(object):
    def setupUi(self, ReportPage):
        if not ReportPage.objectName():
            ReportPage.setObjectName(u"ReportPage")
        self.pageLayout = QVBoxLayout(ReportPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.toolbarRow = QHBoxLayout()
        self.toolbarRow.setObjectName(u"toolbarRow")
        self.yearLabel = QLabel(ReportPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.toolbarRow.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(ReportPage)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.toolbarRow.addWidget(self.yearSpin)

        self.refreshButton = QPushButton(ReportPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.toolbarRow.addWidget(self.refreshButton)

        self.toolbarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarRow.addItem(self.toolbarSpacer)

        self.exportPdfButton = QPushButton(ReportPage)
        self.exportPdfButton.setObjectName(u"exportPdfButton")

        self.toolbarRow.addWidget(self.exportPdfButton)

        self.exportDocxButton = QPushButton(ReportPage)
        self.exportDocxButton.setObjectName(u"exportDocxButton")

        self.toolbarRow.addWidget(self.exportDocxButton)

        self.printButton = QPushButton(ReportPage)
        self.printButton.setObjectName(u"printButton")

        self.toolbarRow.addWidget(self.printButton)


        self.pageLayout.addLayout(self.toolbarRow)

        self.splitter = QSplitter(ReportPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.sectionList = QListWidget(self.splitter)
        self.sectionList.setObjectName(u"sectionList")
        self.splitter.addWidget(self.sectionList)
        self.editorPane = QWidget(self.splitter)
        self.editorPane.setObjectName(u"editorPane")
        self.editorLayout = QVBoxLayout(self.editorPane)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.sectionStateLabel = QLabel(self.editorPane)
        self.sectionStateLabel.setObjectName(u"sectionStateLabel")
        self.sectionStateLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.sectionStateLabel)

        self.staleBox = QGroupBox(self.editorPane)
        self.staleBox.setObjectName(u"staleBox")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.staleBox.sizePolicy().hasHeightForWidth())
        self.staleBox.setSizePolicy(sizePolicy)
        self.staleLayout = QVBoxLayout(self.staleBox)
        self.staleLayout.setObjectName(u"staleLayout")
        self.staleLabel = QLabel(self.staleBox)
        self.staleLabel.setObjectName(u"staleLabel")
        self.staleLabel.setWordWrap(True)

        self.staleLayout.addWidget(self.staleLabel)

        self.figuresTable = QTableWidget(self.staleBox)
        if (self.figuresTable.columnCount() < 3):
            self.figuresTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.figuresTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.figuresTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.figuresTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.figuresTable.setObjectName(u"figuresTable")
        self.figuresTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.figuresTable.setSelectionMode(QAbstractItemView.NoSelection)
        self.figuresTable.setWordWrap(True)
        self.figuresTable.setColumnCount(3)
        self.figuresTable.horizontalHeader().setStretchLastSection(True)
        self.figuresTable.verticalHeader().setVisible(False)

        self.staleLayout.addWidget(self.figuresTable)

        self.staleButtons = QHBoxLayout()
        self.staleButtons.setObjectName(u"staleButtons")
        self.takeFiguresButton = QPushButton(self.staleBox)
        self.takeFiguresButton.setObjectName(u"takeFiguresButton")

        self.staleButtons.addWidget(self.takeFiguresButton)

        self.keepTextButton = QPushButton(self.staleBox)
        self.keepTextButton.setObjectName(u"keepTextButton")

        self.staleButtons.addWidget(self.keepTextButton)


        self.staleLayout.addLayout(self.staleButtons)


        self.editorLayout.addWidget(self.staleBox)

        self.sectionEdit = QPlainTextEdit(self.editorPane)
        self.sectionEdit.setObjectName(u"sectionEdit")

        self.editorLayout.addWidget(self.sectionEdit)

        self.editorButtons = QHBoxLayout()
        self.editorButtons.setObjectName(u"editorButtons")
        self.saveSectionButton = QPushButton(self.editorPane)
        self.saveSectionButton.setObjectName(u"saveSectionButton")

        self.editorButtons.addWidget(self.saveSectionButton)

        self.revertSectionButton = QPushButton(self.editorPane)
        self.revertSectionButton.setObjectName(u"revertSectionButton")

        self.editorButtons.addWidget(self.revertSectionButton)


        self.editorLayout.addLayout(self.editorButtons)

        self.editorLayout.setStretch(2, 1)
        self.splitter.addWidget(self.editorPane)
        self.rightTabs = QTabWidget(self.splitter)
        self.rightTabs.setObjectName(u"rightTabs")
        self.figuresTab = QWidget()
        self.figuresTab.setObjectName(u"figuresTab")
        self.figuresLayout = QVBoxLayout(self.figuresTab)
        self.figuresLayout.setObjectName(u"figuresLayout")
        self.figuresView = QPlainTextEdit(self.figuresTab)
        self.figuresView.setObjectName(u"figuresView")
        self.figuresView.setReadOnly(True)

        self.figuresLayout.addWidget(self.figuresView)

        self.rightTabs.addTab(self.figuresTab, "")
        self.checkTab = QWidget()
        self.checkTab.setObjectName(u"checkTab")
        self.checkLayout = QVBoxLayout(self.checkTab)
        self.checkLayout.setObjectName(u"checkLayout")
        self.checkSummaryLabel = QLabel(self.checkTab)
        self.checkSummaryLabel.setObjectName(u"checkSummaryLabel")
        self.checkSummaryLabel.setWordWrap(True)

        self.checkLayout.addWidget(self.checkSummaryLabel)

        self.checkList = QListWidget(self.checkTab)
        self.checkList.setObjectName(u"checkList")
        self.checkList.setWordWrap(True)

        self.checkLayout.addWidget(self.checkList)

        self.checkButtons = QHBoxLayout()
        self.checkButtons.setObjectName(u"checkButtons")
        self.runCheckButton = QPushButton(self.checkTab)
        self.runCheckButton.setObjectName(u"runCheckButton")

        self.checkButtons.addWidget(self.runCheckButton)

        self.openProblemButton = QPushButton(self.checkTab)
        self.openProblemButton.setObjectName(u"openProblemButton")

        self.checkButtons.addWidget(self.openProblemButton)


        self.checkLayout.addLayout(self.checkButtons)

        self.rightTabs.addTab(self.checkTab, "")
        self.previewTab = QWidget()
        self.previewTab.setObjectName(u"previewTab")
        self.previewLayout = QVBoxLayout(self.previewTab)
        self.previewLayout.setObjectName(u"previewLayout")
        self.rightTabs.addTab(self.previewTab, "")
        self.splitter.addWidget(self.rightTabs)

        self.pageLayout.addWidget(self.splitter)

        self.fontsLabel = QLabel(ReportPage)
        self.fontsLabel.setObjectName(u"fontsLabel")
        self.fontsLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.fontsLabel)

        self.pageLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearSpin, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.sectionList)
        QWidget.setTabOrder(self.sectionList, self.figuresTable)
        QWidget.setTabOrder(self.figuresTable, self.takeFiguresButton)
        QWidget.setTabOrder(self.takeFiguresButton, self.keepTextButton)
        QWidget.setTabOrder(self.keepTextButton, self.sectionEdit)
        QWidget.setTabOrder(self.sectionEdit, self.saveSectionButton)
        QWidget.setTabOrder(self.saveSectionButton, self.revertSectionButton)
        QWidget.setTabOrder(self.revertSectionButton, self.exportPdfButton)
        QWidget.setTabOrder(self.exportPdfButton, self.exportDocxButton)
        QWidget.setTabOrder(self.exportDocxButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.checkList)
        QWidget.setTabOrder(self.checkList, self.runCheckButton)
        QWidget.setTabOrder(self.runCheckButton, self.openProblemButton)

        self.retranslateUi(ReportPage)
    # setupUi

    def retranslateUi(self, ReportPage):
        ReportPage.setWindowTitle(QCoreApplication.translate("ReportPage", u"Annual report", None))
        self.yearLabel.setText(QCoreApplication.translate("ReportPage", u"Year", None))
        self.refreshButton.setText(QCoreApplication.translate("ReportPage", u"Refresh figures", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("ReportPage", u"Redraft from the records; what you wrote is kept", None))
#endif // QT_CONFIG(tooltip)
        self.exportPdfButton.setText(QCoreApplication.translate("ReportPage", u"Export PDF\u2026", None))
        self.exportDocxButton.setText(QCoreApplication.translate("ReportPage", u"Export Word\u2026", None))
        self.printButton.setText(QCoreApplication.translate("ReportPage", u"Print\u2026", None))
        self.staleBox.setTitle(QCoreApplication.translate("ReportPage", u"Figures changed", None))
        ___qtablewidgetitem = self.figuresTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ReportPage", u"Where", None))
        ___qtablewidgetitem1 = self.figuresTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ReportPage", u"Your text was written with", None))
        ___qtablewidgetitem2 = self.figuresTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ReportPage", u"The records now give", None))
        self.takeFiguresButton.setText(QCoreApplication.translate("ReportPage", u"Use the new figures", None))
#if QT_CONFIG(tooltip)
        self.takeFiguresButton.setToolTip(QCoreApplication.translate("ReportPage", u"Change exactly the numbers that changed in your text", None))
#endif // QT_CONFIG(tooltip)
        self.keepTextButton.setText(QCoreApplication.translate("ReportPage", u"Keep my text", None))
#if QT_CONFIG(tooltip)
        self.keepTextButton.setToolTip(QCoreApplication.translate("ReportPage", u"Your text stands as written; you are told again when the figures next change", None))
#endif // QT_CONFIG(tooltip)
        self.saveSectionButton.setText(QCoreApplication.translate("ReportPage", u"Save this section", None))
        self.revertSectionButton.setText(QCoreApplication.translate("ReportPage", u"Use the draft again", None))
        self.rightTabs.setTabText(self.rightTabs.indexOf(self.figuresTab), QCoreApplication.translate("ReportPage", u"Figures", None))
#if QT_CONFIG(tooltip)
        self.checkList.setToolTip(QCoreApplication.translate("ReportPage", u"Double-click or press Enter to open the place to fix it", None))
#endif // QT_CONFIG(tooltip)
        self.runCheckButton.setText(QCoreApplication.translate("ReportPage", u"Check again", None))
        self.openProblemButton.setText(QCoreApplication.translate("ReportPage", u"Open the place to fix it", None))
        self.rightTabs.setTabText(self.rightTabs.indexOf(self.checkTab), QCoreApplication.translate("ReportPage", u"Check before submitting", None))
        self.rightTabs.setTabText(self.rightTabs.indexOf(self.previewTab), QCoreApplication.translate("ReportPage", u"Preview", None))
    # retranslateUi

