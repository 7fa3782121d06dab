# Generated from forms/record_list_page.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record_list_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QScrollArea, QSizePolicy, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_RecordListPage(object):
    def setupUi(self, RecordListPage):
        if not RecordListPage.objectName():
            RecordListPage.setObjectName(u"RecordListPage")
        self.pageLayout = QVBoxLayout(RecordListPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.searchEdit = QLineEdit(RecordListPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)

        self.yearFilterLabel = QLabel(RecordListPage)
        self.yearFilterLabel.setObjectName(u"yearFilterLabel")

        self.filterRow.addWidget(self.yearFilterLabel)

        self.yearFilter = QComboBox(RecordListPage)
        self.yearFilter.setObjectName(u"yearFilter")

        self.filterRow.addWidget(self.yearFilter)

        self.kindFilterLabel = QLabel(RecordListPage)
        self.kindFilterLabel.setObjectName(u"kindFilterLabel")

        self.filterRow.addWidget(self.kindFilterLabel)

        self.kindFilter = QComboBox(RecordListPage)
        self.kindFilter.setObjectName(u"kindFilter")

        self.filterRow.addWidget(self.kindFilter)

        self.recycleBinCheck = QCheckBox(RecordListPage)
        self.recycleBinCheck.setObjectName(u"recycleBinCheck")

        self.filterRow.addWidget(self.recycleBinCheck)

        self.newButton = QPushButton(RecordListPage)
        self.newButton.setObjectName(u"newButton")

        self.filterRow.addWidget(self.newButton)

        self.deleteButton = QPushButton(RecordListPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.filterRow.addWidget(self.deleteButton)

        self.restoreButton = QPushButton(RecordListPage)
        self.restoreButton.setObjectName(u"restoreButton")

        self.filterRow.addWidget(self.restoreButton)


        self.pageLayout.addLayout(self.filterRow)

        self.splitter = QSplitter(RecordListPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.tablePane = QWidget(self.splitter)
        self.tablePane.setObjectName(u"tablePane")
        self.tableLayout = QVBoxLayout(self.tablePane)
        self.tableLayout.setObjectName(u"tableLayout")
        self.tableLayout.setContentsMargins(0, 0, 0, 0)
        self.recordTable = QTableView(self.tablePane)
        self.recordTable.setObjectName(u"recordTable")
        self.recordTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.recordTable.setAlternatingRowColors(True)
        self.recordTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.recordTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.recordTable.setSortingEnabled(True)

        self.tableLayout.addWidget(self.recordTable)

        self.summaryLabel = QLabel(self.tablePane)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.tableLayout.addWidget(self.summaryLabel)

        self.countLabel = QLabel(self.tablePane)
        self.countLabel.setObjectName(u"countLabel")

        self.tableLayout.addWidget(self.countLabel)

        self.splitter.addWidget(self.tablePane)
        self.formScroll = QScrollArea(self.splitter)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setWidgetResizable(True)
        self.formScroll.setMinimumSize(QSize(440, 0))
        self.formHost = QWidget()
        self.formHost.setObjectName(u"formHost")
        self.formScroll.setWidget(self.formHost)
        self.splitter.addWidget(self.formScroll)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.yearFilterLabel.setBuddy(self.yearFilter)
        self.kindFilterLabel.setBuddy(self.kindFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.yearFilter)
        QWidget.setTabOrder(self.yearFilter, self.kindFilter)
        QWidget.setTabOrder(self.kindFilter, self.recycleBinCheck)
        QWidget.setTabOrder(self.recycleBinCheck, self.newButton)
        QWidget.setTabOrder(self.newButton, self.recordTable)

        self.retranslateUi(RecordListPage)
    # setupUi

    def retranslateUi(self, RecordListPage):
        RecordListPage.setWindowTitle(QCoreApplication.translate("RecordListPage", u"Records", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RecordListPage", u"Filter by any text\u2026", None))
        self.yearFilterLabel.setText(QCoreApplication.translate("RecordListPage", u"&Year", None))
        self.kindFilterLabel.setText(QCoreApplication.translate("RecordListPage", u"&Kind", None))
        self.recycleBinCheck.setText(QCoreApplication.translate("RecordListPage", u"Recycle bin", None))
        self.newButton.setText(QCoreApplication.translate("RecordListPage", u"&New", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("RecordListPage", u"Add a record (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("RecordListPage", u"Move to recycle bin", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("RecordListPage", u"Move the selected record to the recycle bin (Del)", None))
#endif // QT_CONFIG(tooltip)
        self.restoreButton.setText(QCoreApplication.translate("RecordListPage", u"&Restore", None))
        self.summaryLabel.setText("")
        self.countLabel.setText("")
    # retranslateUi

