# Generated from forms/holidays_tab.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'holidays_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTableView, QVBoxLayout, QWidget)

class Ui_HolidaysTab(object):
    def setupUi(self, HolidaysTab):
        if not HolidaysTab.objectName():
            HolidaysTab.setObjectName(u"HolidaysTab")
        self.layout = QVBoxLayout(HolidaysTab)
        self.layout.setObjectName(u"layout")
        self.hintLabel = QLabel(HolidaysTab)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.yearRow = QHBoxLayout()
        self.yearRow.setObjectName(u"yearRow")
        self.yearLabel = QLabel(HolidaysTab)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearRow.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(HolidaysTab)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.yearRow.addWidget(self.yearSpin)

        self.yearStatus = QLabel(HolidaysTab)
        self.yearStatus.setObjectName(u"yearStatus")

        self.yearRow.addWidget(self.yearStatus)

        self.yearSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearRow.addItem(self.yearSpacer)


        self.layout.addLayout(self.yearRow)

        self.holidayTable = QTableView(HolidaysTab)
        self.holidayTable.setObjectName(u"holidayTable")
        self.holidayTable.setAlternatingRowColors(True)
        self.holidayTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.holidayTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.layout.addWidget(self.holidayTable)

        self.errorLabel = QLabel(HolidaysTab)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.addButton = QPushButton(HolidaysTab)
        self.addButton.setObjectName(u"addButton")

        self.buttons.addWidget(self.addButton)

        self.removeButton = QPushButton(HolidaysTab)
        self.removeButton.setObjectName(u"removeButton")

        self.buttons.addWidget(self.removeButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(HolidaysTab)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HolidaysTab)
    # setupUi

    def retranslateUi(self, HolidaysTab):
        HolidaysTab.setWindowTitle(QCoreApplication.translate("HolidaysTab", u"Official holidays", None))
        self.hintLabel.setText(QCoreApplication.translate("HolidaysTab", u"Official holidays and make-up working days (\u56fd\u52a1\u9662\u529e\u516c\u5385 notice of each year), by which a public notice counts its working days. The calendar comes with BranchDesk; add next year's days here when the notice is published. Double-click a cell to edit, then \u4fdd\u5b58 (Ctrl+S).", None))
        self.yearLabel.setText(QCoreApplication.translate("HolidaysTab", u"&Year", None))
        self.yearStatus.setText("")
        self.errorLabel.setText("")
        self.addButton.setText(QCoreApplication.translate("HolidaysTab", u"&Add day", None))
        self.removeButton.setText(QCoreApplication.translate("HolidaysTab", u"&Remove day", None))
        self.saveButton.setText(QCoreApplication.translate("HolidaysTab", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("HolidaysTab", u"Save the changes in the table (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

