# Generated from forms/recycle_bin_page.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recycle_bin_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_RecycleBinPage(object):
    def setupUi(self, RecycleBinPage):
        if not RecycleBinPage.objectName():
            RecycleBinPage.setObjectName(u"RecycleBinPage")
        self.layout = QVBoxLayout(RecycleBinPage)
        self.layout.setObjectName(u"layout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.typeLabel = QLabel(RecycleBinPage)
        self.typeLabel.setObjectName(u"typeLabel")

        self.filterRow.addWidget(self.typeLabel)

        self.typeCombo = QComboBox(RecycleBinPage)
        self.typeCombo.setObjectName(u"typeCombo")

        self.filterRow.addWidget(self.typeCombo)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.layout.addLayout(self.filterRow)

        self.note = QLabel(RecycleBinPage)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.layout.addWidget(self.note)

        self.binView = QTableView(RecycleBinPage)
        self.binView.setObjectName(u"binView")
        self.binView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.binView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.binView.setSortingEnabled(True)

        self.layout.addWidget(self.binView)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.restoreButton = QPushButton(RecycleBinPage)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttons.addWidget(self.restoreButton)

        self.purgeButton = QPushButton(RecycleBinPage)
        self.purgeButton.setObjectName(u"purgeButton")

        self.buttons.addWidget(self.purgeButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.typeLabel.setBuddy(self.typeCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.typeCombo, self.binView)
        QWidget.setTabOrder(self.binView, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.purgeButton)

        self.retranslateUi(RecycleBinPage)
    # setupUi

    def retranslateUi(self, RecycleBinPage):
        RecycleBinPage.setWindowTitle(QCoreApplication.translate("RecycleBinPage", u"Recycle bin", None))
        self.typeLabel.setText(QCoreApplication.translate("RecycleBinPage", u"&Show", None))
        self.note.setText(QCoreApplication.translate("RecycleBinPage", u"Deleted records stay here until they are deleted for good. Restoring brings a record back with everything it held.", None))
        self.restoreButton.setText(QCoreApplication.translate("RecycleBinPage", u"&Restore", None))
        self.purgeButton.setText(QCoreApplication.translate("RecycleBinPage", u"&Delete for good\u2026", None))
    # retranslateUi

