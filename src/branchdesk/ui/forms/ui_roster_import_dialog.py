# Generated from forms/roster_import_dialog.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roster_import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_RosterImportDialog(object):
    def setupUi(self, RosterImportDialog):
        if not RosterImportDialog.objectName():
            RosterImportDialog.setObjectName(u"RosterImportDialog")
        RosterImportDialog.resize(960, 640)
        self.layout = QVBoxLayout(RosterImportDialog)
        self.layout.setObjectName(u"layout")
        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileLabel = QLabel(RosterImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileRow.addWidget(self.fileLabel)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileRow.addItem(self.fileSpacer)

        self.chooseButton = QPushButton(RosterImportDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileRow.addWidget(self.chooseButton)


        self.layout.addLayout(self.fileRow)

        self.splitter = QSplitter(RosterImportDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.mappingBox = QGroupBox(self.splitter)
        self.mappingBox.setObjectName(u"mappingBox")
        self.mappingLayout = QVBoxLayout(self.mappingBox)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.mappingNote = QLabel(self.mappingBox)
        self.mappingNote.setObjectName(u"mappingNote")
        self.mappingNote.setWordWrap(True)

        self.mappingLayout.addWidget(self.mappingNote)

        self.mappingTable = QTableWidget(self.mappingBox)
        if (self.mappingTable.columnCount() < 2):
            self.mappingTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.mappingTable.setObjectName(u"mappingTable")
        self.mappingTable.setColumnCount(2)

        self.mappingLayout.addWidget(self.mappingTable)

        self.rereadButton = QPushButton(self.mappingBox)
        self.rereadButton.setObjectName(u"rereadButton")

        self.mappingLayout.addWidget(self.rereadButton)

        self.splitter.addWidget(self.mappingBox)
        self.rowsPane = QWidget(self.splitter)
        self.rowsPane.setObjectName(u"rowsPane")
        self.rowsLayout = QVBoxLayout(self.rowsPane)
        self.rowsLayout.setObjectName(u"rowsLayout")
        self.rowsLayout.setContentsMargins(0, 0, 0, 0)
        self.summaryLabel = QLabel(self.rowsPane)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.rowsLayout.addWidget(self.summaryLabel)

        self.rowsView = QTableView(self.rowsPane)
        self.rowsView.setObjectName(u"rowsView")
        self.rowsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.rowsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.rowsView.setSortingEnabled(True)

        self.rowsLayout.addWidget(self.rowsView)

        self.skipInvalidCheck = QCheckBox(self.rowsPane)
        self.skipInvalidCheck.setObjectName(u"skipInvalidCheck")

        self.rowsLayout.addWidget(self.skipInvalidCheck)

        self.splitter.addWidget(self.rowsPane)

        self.layout.addWidget(self.splitter)

        self.buttonBox = QDialogButtonBox(RosterImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.chooseButton, self.mappingTable)
        QWidget.setTabOrder(self.mappingTable, self.rereadButton)
        QWidget.setTabOrder(self.rereadButton, self.rowsView)
        QWidget.setTabOrder(self.rowsView, self.skipInvalidCheck)

        self.retranslateUi(RosterImportDialog)
    # setupUi

    def retranslateUi(self, RosterImportDialog):
        RosterImportDialog.setWindowTitle(QCoreApplication.translate("RosterImportDialog", u"Import a roster", None))
        self.fileLabel.setText("")
        self.chooseButton.setText(QCoreApplication.translate("RosterImportDialog", u"&Choose a file\u2026", None))
        self.mappingBox.setTitle(QCoreApplication.translate("RosterImportDialog", u"Columns", None))
        self.mappingNote.setText(QCoreApplication.translate("RosterImportDialog", u"Choose what each column the file names differently holds, then read the file again.", None))
        ___qtablewidgetitem = self.mappingTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RosterImportDialog", u"Column in the file", None))
        ___qtablewidgetitem1 = self.mappingTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RosterImportDialog", u"Read as", None))
        self.rereadButton.setText(QCoreApplication.translate("RosterImportDialog", u"Read &again", None))
        self.summaryLabel.setText("")
        self.skipInvalidCheck.setText(QCoreApplication.translate("RosterImportDialog", u"Import the valid rows and &skip the invalid ones", None))
    # retranslateUi

