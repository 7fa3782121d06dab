# Generated from forms/members_page.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'members_page.ui'
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

class Ui_MembersPage(object):
    def setupUi(self, MembersPage):
        if not MembersPage.objectName():
            MembersPage.setObjectName(u"MembersPage")
        self.pageLayout = QVBoxLayout(MembersPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.searchEdit = QLineEdit(MembersPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)

        self.statusFilterLabel = QLabel(MembersPage)
        self.statusFilterLabel.setObjectName(u"statusFilterLabel")

        self.filterRow.addWidget(self.statusFilterLabel)

        self.statusFilter = QComboBox(MembersPage)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterRow.addWidget(self.statusFilter)

        self.groupFilterLabel = QLabel(MembersPage)
        self.groupFilterLabel.setObjectName(u"groupFilterLabel")

        self.filterRow.addWidget(self.groupFilterLabel)

        self.groupFilter = QComboBox(MembersPage)
        self.groupFilter.setObjectName(u"groupFilter")

        self.filterRow.addWidget(self.groupFilter)

        self.recycleBinCheck = QCheckBox(MembersPage)
        self.recycleBinCheck.setObjectName(u"recycleBinCheck")

        self.filterRow.addWidget(self.recycleBinCheck)

        self.newButton = QPushButton(MembersPage)
        self.newButton.setObjectName(u"newButton")

        self.filterRow.addWidget(self.newButton)

        self.deleteButton = QPushButton(MembersPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.filterRow.addWidget(self.deleteButton)

        self.restoreButton = QPushButton(MembersPage)
        self.restoreButton.setObjectName(u"restoreButton")

        self.filterRow.addWidget(self.restoreButton)


        self.pageLayout.addLayout(self.filterRow)

        self.splitter = QSplitter(MembersPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.tablePane = QWidget(self.splitter)
        self.tablePane.setObjectName(u"tablePane")
        self.tableLayout = QVBoxLayout(self.tablePane)
        self.tableLayout.setObjectName(u"tableLayout")
        self.tableLayout.setContentsMargins(0, 0, 0, 0)
        self.memberTable = QTableView(self.tablePane)
        self.memberTable.setObjectName(u"memberTable")
        self.memberTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.memberTable.setAlternatingRowColors(True)
        self.memberTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.memberTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.memberTable.setSortingEnabled(True)

        self.tableLayout.addWidget(self.memberTable)

        self.countLabel = QLabel(self.tablePane)
        self.countLabel.setObjectName(u"countLabel")

        self.tableLayout.addWidget(self.countLabel)

        self.splitter.addWidget(self.tablePane)
        self.formScroll = QScrollArea(self.splitter)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setWidgetResizable(True)
        self.formScroll.setMinimumSize(QSize(380, 0))
        self.formHost = QWidget()
        self.formHost.setObjectName(u"formHost")
        self.formScroll.setWidget(self.formHost)
        self.splitter.addWidget(self.formScroll)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.statusFilterLabel.setBuddy(self.statusFilter)
        self.groupFilterLabel.setBuddy(self.groupFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.groupFilter)
        QWidget.setTabOrder(self.groupFilter, self.recycleBinCheck)
        QWidget.setTabOrder(self.recycleBinCheck, self.newButton)
        QWidget.setTabOrder(self.newButton, self.memberTable)

        self.retranslateUi(MembersPage)
    # setupUi

    def retranslateUi(self, MembersPage):
        MembersPage.setWindowTitle(QCoreApplication.translate("MembersPage", u"Members", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MembersPage", u"Filter by name, phone, job, ID number\u2026", None))
        self.statusFilterLabel.setText(QCoreApplication.translate("MembersPage", u"Status", None))
        self.groupFilterLabel.setText(QCoreApplication.translate("MembersPage", u"Group", None))
        self.recycleBinCheck.setText(QCoreApplication.translate("MembersPage", u"Recycle bin", None))
        self.newButton.setText(QCoreApplication.translate("MembersPage", u"&New member", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("MembersPage", u"Add a member (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("MembersPage", u"Move to recycle bin", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("MembersPage", u"Move the selected member to the recycle bin (Del)", None))
#endif // QT_CONFIG(tooltip)
        self.restoreButton.setText(QCoreApplication.translate("MembersPage", u"&Restore", None))
        self.countLabel.setText("")
    # retranslateUi

