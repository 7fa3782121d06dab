# Generated from forms/rules_tab.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rules_tab.ui'
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
    QTableView, QVBoxLayout, QWidget)

class Ui_RulesTab(object):
    def setupUi(self, RulesTab):
        if not RulesTab.objectName():
            RulesTab.setObjectName(u"RulesTab")
        self.layout = QVBoxLayout(RulesTab)
        self.layout.setObjectName(u"layout")
        self.hintLabel = QLabel(RulesTab)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.ruleTable = QTableView(RulesTab)
        self.ruleTable.setObjectName(u"ruleTable")
        self.ruleTable.setAlternatingRowColors(True)
        self.ruleTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.ruleTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.layout.addWidget(self.ruleTable)

        self.errorLabel = QLabel(RulesTab)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.addButton = QPushButton(RulesTab)
        self.addButton.setObjectName(u"addButton")

        self.buttons.addWidget(self.addButton)

        self.removeButton = QPushButton(RulesTab)
        self.removeButton.setObjectName(u"removeButton")

        self.buttons.addWidget(self.removeButton)

        self.restoreButton = QPushButton(RulesTab)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttons.addWidget(self.restoreButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(RulesTab)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(RulesTab)
    # setupUi

    def retranslateUi(self, RulesTab):
        RulesTab.setWindowTitle(QCoreApplication.translate("RulesTab", u"Rules", None))
        self.hintLabel.setText(QCoreApplication.translate("RulesTab", u"The rules the overview checks. Double-click a cell to change a rule: switch it on or off, change its period or threshold; add rules of your own, then Save.", None))
        self.errorLabel.setText("")
        self.addButton.setText(QCoreApplication.translate("RulesTab", u"&Add local rule", None))
        self.removeButton.setText(QCoreApplication.translate("RulesTab", u"&Delete local rule", None))
        self.restoreButton.setText(QCoreApplication.translate("RulesTab", u"&Restore default rules", None))
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("RulesTab", u"Undo every change to the default rules; your own rules stay", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("RulesTab", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("RulesTab", u"Save the changes in the table (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

