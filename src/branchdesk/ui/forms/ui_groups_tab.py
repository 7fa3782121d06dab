# Generated from forms/groups_tab.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'groups_tab.ui'
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

class Ui_GroupsTab(object):
    def setupUi(self, GroupsTab):
        if not GroupsTab.objectName():
            GroupsTab.setObjectName(u"GroupsTab")
        self.layout = QVBoxLayout(GroupsTab)
        self.layout.setObjectName(u"layout")
        self.hintLabel = QLabel(GroupsTab)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.groupTable = QTableView(GroupsTab)
        self.groupTable.setObjectName(u"groupTable")
        self.groupTable.setAlternatingRowColors(True)
        self.groupTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.groupTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.layout.addWidget(self.groupTable)

        self.errorLabel = QLabel(GroupsTab)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.addButton = QPushButton(GroupsTab)
        self.addButton.setObjectName(u"addButton")

        self.buttons.addWidget(self.addButton)

        self.removeButton = QPushButton(GroupsTab)
        self.removeButton.setObjectName(u"removeButton")

        self.buttons.addWidget(self.removeButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(GroupsTab)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(GroupsTab)
    # setupUi

    def retranslateUi(self, GroupsTab):
        GroupsTab.setWindowTitle(QCoreApplication.translate("GroupsTab", u"Party groups", None))
        self.hintLabel.setText(QCoreApplication.translate("GroupsTab", u"Party groups and their leaders. Double-click a cell to edit, then Save.", None))
        self.errorLabel.setText("")
        self.addButton.setText(QCoreApplication.translate("GroupsTab", u"&Add group", None))
        self.removeButton.setText(QCoreApplication.translate("GroupsTab", u"Move to recycle bin", None))
        self.saveButton.setText(QCoreApplication.translate("GroupsTab", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("GroupsTab", u"Save the changes in the table (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

