# Generated from forms/dues_rates_tab.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dues_rates_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_DuesRatesTab(object):
    def setupUi(self, DuesRatesTab):
        if not DuesRatesTab.objectName():
            DuesRatesTab.setObjectName(u"DuesRatesTab")
        self.layout = QVBoxLayout(DuesRatesTab)
        self.layout.setObjectName(u"layout")
        self.hintLabel = QLabel(DuesRatesTab)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.rateTable = QTableView(DuesRatesTab)
        self.rateTable.setObjectName(u"rateTable")
        self.rateTable.setAlternatingRowColors(True)
        self.rateTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.rateTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.layout.addWidget(self.rateTable)

        self.roundingLabel = QLabel(DuesRatesTab)
        self.roundingLabel.setObjectName(u"roundingLabel")
        self.roundingLabel.setWordWrap(True)

        self.layout.addWidget(self.roundingLabel)

        self.errorLabel = QLabel(DuesRatesTab)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #a93226;")

        self.layout.addWidget(self.errorLabel)

        self.leaveExcusedCheck = QCheckBox(DuesRatesTab)
        self.leaveExcusedCheck.setObjectName(u"leaveExcusedCheck")

        self.layout.addWidget(self.leaveExcusedCheck)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.restoreButton = QPushButton(DuesRatesTab)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttons.addWidget(self.restoreButton)

        self.saveButton = QPushButton(DuesRatesTab)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)


        self.layout.addLayout(self.buttons)

        QWidget.setTabOrder(self.rateTable, self.leaveExcusedCheck)
        QWidget.setTabOrder(self.leaveExcusedCheck, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.saveButton)

        self.retranslateUi(DuesRatesTab)
    # setupUi

    def retranslateUi(self, DuesRatesTab):
        DuesRatesTab.setWindowTitle(QCoreApplication.translate("DuesRatesTab", u"Dues rates", None))
        self.hintLabel.setText(QCoreApplication.translate("DuesRatesTab", u"The dues rates of the rule set: double-click a cell to change a band's upper limit, its rate or its fixed amount, then Save. One rate applies to the whole base.", None))
        self.roundingLabel.setText("")
        self.errorLabel.setText("")
        self.leaveExcusedCheck.setText(QCoreApplication.translate("DuesRatesTab", u"Leave with a reason counts as taking part in organisational life (the six-month reminder)", None))
        self.restoreButton.setText(QCoreApplication.translate("DuesRatesTab", u"&Restore the default rates", None))
        self.saveButton.setText(QCoreApplication.translate("DuesRatesTab", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("DuesRatesTab", u"Save the rates and the choice above (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

