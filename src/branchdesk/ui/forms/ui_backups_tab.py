# Generated from forms/backups_tab.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backups_tab.ui'
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
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_BackupsTab(object):
    def setupUi(self, BackupsTab):
        if not BackupsTab.objectName():
            BackupsTab.setObjectName(u"BackupsTab")
        self.layout = QVBoxLayout(BackupsTab)
        self.layout.setObjectName(u"layout")
        self.backupsBox = QGroupBox(BackupsTab)
        self.backupsBox.setObjectName(u"backupsBox")
        self.backupsLayout = QVBoxLayout(self.backupsBox)
        self.backupsLayout.setObjectName(u"backupsLayout")
        self.backupsNote = QLabel(self.backupsBox)
        self.backupsNote.setObjectName(u"backupsNote")
        self.backupsNote.setWordWrap(True)

        self.backupsLayout.addWidget(self.backupsNote)

        self.backupsView = QTableView(self.backupsBox)
        self.backupsView.setObjectName(u"backupsView")
        self.backupsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.backupsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.backupsView.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.backupsLayout.addWidget(self.backupsView)

        self.backupButtons = QHBoxLayout()
        self.backupButtons.setObjectName(u"backupButtons")
        self.backUpButton = QPushButton(self.backupsBox)
        self.backUpButton.setObjectName(u"backUpButton")

        self.backupButtons.addWidget(self.backUpButton)

        self.restoreButton = QPushButton(self.backupsBox)
        self.restoreButton.setObjectName(u"restoreButton")

        self.backupButtons.addWidget(self.restoreButton)

        self.restoreFileButton = QPushButton(self.backupsBox)
        self.restoreFileButton.setObjectName(u"restoreFileButton")

        self.backupButtons.addWidget(self.restoreFileButton)

        self.backupSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backupButtons.addItem(self.backupSpacer)


        self.backupsLayout.addLayout(self.backupButtons)


        self.layout.addWidget(self.backupsBox)

        self.secondBox = QGroupBox(BackupsTab)
        self.secondBox.setObjectName(u"secondBox")
        self.secondLayout = QVBoxLayout(self.secondBox)
        self.secondLayout.setObjectName(u"secondLayout")
        self.secondNote = QLabel(self.secondBox)
        self.secondNote.setObjectName(u"secondNote")
        self.secondNote.setWordWrap(True)

        self.secondLayout.addWidget(self.secondNote)

        self.secondFolderLabel = QLabel(self.secondBox)
        self.secondFolderLabel.setObjectName(u"secondFolderLabel")
        self.secondFolderLabel.setWordWrap(True)

        self.secondLayout.addWidget(self.secondFolderLabel)

        self.secondButtons = QHBoxLayout()
        self.secondButtons.setObjectName(u"secondButtons")
        self.chooseSecondButton = QPushButton(self.secondBox)
        self.chooseSecondButton.setObjectName(u"chooseSecondButton")

        self.secondButtons.addWidget(self.chooseSecondButton)

        self.clearSecondButton = QPushButton(self.secondBox)
        self.clearSecondButton.setObjectName(u"clearSecondButton")

        self.secondButtons.addWidget(self.clearSecondButton)

        self.secondSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.secondButtons.addItem(self.secondSpacer)


        self.secondLayout.addLayout(self.secondButtons)


        self.layout.addWidget(self.secondBox)

        self.archiveBox = QGroupBox(BackupsTab)
        self.archiveBox.setObjectName(u"archiveBox")
        self.archiveLayout = QVBoxLayout(self.archiveBox)
        self.archiveLayout.setObjectName(u"archiveLayout")
        self.archiveNote = QLabel(self.archiveBox)
        self.archiveNote.setObjectName(u"archiveNote")
        self.archiveNote.setWordWrap(True)

        self.archiveLayout.addWidget(self.archiveNote)

        self.archiveButtons = QHBoxLayout()
        self.archiveButtons.setObjectName(u"archiveButtons")
        self.exportButton = QPushButton(self.archiveBox)
        self.exportButton.setObjectName(u"exportButton")

        self.archiveButtons.addWidget(self.exportButton)

        self.importButton = QPushButton(self.archiveBox)
        self.importButton.setObjectName(u"importButton")

        self.archiveButtons.addWidget(self.importButton)

        self.rosterButton = QPushButton(self.archiveBox)
        self.rosterButton.setObjectName(u"rosterButton")

        self.archiveButtons.addWidget(self.rosterButton)

        self.checkButton = QPushButton(self.archiveBox)
        self.checkButton.setObjectName(u"checkButton")

        self.archiveButtons.addWidget(self.checkButton)

        self.archiveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.archiveButtons.addItem(self.archiveSpacer)


        self.archiveLayout.addLayout(self.archiveButtons)


        self.layout.addWidget(self.archiveBox)

        self.dataFolderBox = QGroupBox(BackupsTab)
        self.dataFolderBox.setObjectName(u"dataFolderBox")
        self.dataFolderLayout = QVBoxLayout(self.dataFolderBox)
        self.dataFolderLayout.setObjectName(u"dataFolderLayout")
        self.dataFolderNote = QLabel(self.dataFolderBox)
        self.dataFolderNote.setObjectName(u"dataFolderNote")
        self.dataFolderNote.setWordWrap(True)
        self.dataFolderNote.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dataFolderLayout.addWidget(self.dataFolderNote)

        self.dataFolderButtons = QHBoxLayout()
        self.dataFolderButtons.setObjectName(u"dataFolderButtons")
        self.moveFolderButton = QPushButton(self.dataFolderBox)
        self.moveFolderButton.setObjectName(u"moveFolderButton")

        self.dataFolderButtons.addWidget(self.moveFolderButton)

        self.dataFolderSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dataFolderButtons.addItem(self.dataFolderSpacer)


        self.dataFolderLayout.addLayout(self.dataFolderButtons)


        self.layout.addWidget(self.dataFolderBox)

        QWidget.setTabOrder(self.backupsView, self.backUpButton)
        QWidget.setTabOrder(self.backUpButton, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.restoreFileButton)
        QWidget.setTabOrder(self.restoreFileButton, self.chooseSecondButton)
        QWidget.setTabOrder(self.chooseSecondButton, self.clearSecondButton)
        QWidget.setTabOrder(self.clearSecondButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.rosterButton)
        QWidget.setTabOrder(self.rosterButton, self.checkButton)

        self.retranslateUi(BackupsTab)
    # setupUi

    def retranslateUi(self, BackupsTab):
        BackupsTab.setWindowTitle(QCoreApplication.translate("BackupsTab", u"Data and backups", None))
        self.backupsBox.setTitle(QCoreApplication.translate("BackupsTab", u"Backups", None))
        self.backupsNote.setText(QCoreApplication.translate("BackupsTab", u"BranchDesk backs up the data and attachments when it closes and once a day while it runs, keeping the last ten backups and one a month for a year.", None))
        self.backUpButton.setText(QCoreApplication.translate("BackupsTab", u"&Back up now", None))
        self.restoreButton.setText(QCoreApplication.translate("BackupsTab", u"&Restore the selected backup\u2026", None))
        self.restoreFileButton.setText(QCoreApplication.translate("BackupsTab", u"Restore from a &file\u2026", None))
        self.secondBox.setTitle(QCoreApplication.translate("BackupsTab", u"Second backup place", None))
        self.secondNote.setText(QCoreApplication.translate("BackupsTab", u"Every backup is also copied to this folder whenever it is there: a USB stick or a network folder keeps the records if this computer's disk fails.", None))
        self.secondFolderLabel.setText("")
        self.chooseSecondButton.setText(QCoreApplication.translate("BackupsTab", u"Choose a folder\u2026", None))
        self.clearSecondButton.setText(QCoreApplication.translate("BackupsTab", u"Stop copying", None))
        self.archiveBox.setTitle(QCoreApplication.translate("BackupsTab", u"Export, import and check", None))
        self.archiveNote.setText(QCoreApplication.translate("BackupsTab", u"An export archive holds every record as documented JSON and every attachment; it can be imported into an empty data folder. A roster from Excel or CSV adds members.", None))
        self.exportButton.setText(QCoreApplication.translate("BackupsTab", u"&Export archive\u2026", None))
        self.importButton.setText(QCoreApplication.translate("BackupsTab", u"&Import archive\u2026", None))
        self.rosterButton.setText(QCoreApplication.translate("BackupsTab", u"Import &roster\u2026", None))
        self.checkButton.setText(QCoreApplication.translate("BackupsTab", u"&Check the data", None))
        self.dataFolderBox.setTitle(QCoreApplication.translate("BackupsTab", u"Data folder", None))
        self.dataFolderNote.setText("")
        self.moveFolderButton.setText(QCoreApplication.translate("BackupsTab", u"Move the data folder\u2026", None))
    # retranslateUi

