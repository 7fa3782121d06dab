# Generated from forms/organisations_tab.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisations_tab.ui'
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

class Ui_OrganisationsTab(object):
    def setupUi(self, OrganisationsTab):
        if not OrganisationsTab.objectName():
            OrganisationsTab.setObjectName(u"OrganisationsTab")
        self.layout = QVBoxLayout(OrganisationsTab)
        self.layout.setObjectName(u"layout")
        self.hintLabel = QLabel(OrganisationsTab)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.organisationTable = QTableView(OrganisationsTab)
        self.organisationTable.setObjectName(u"organisationTable")
        self.organisationTable.setAlternatingRowColors(True)
        self.organisationTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.organisationTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.layout.addWidget(self.organisationTable)

        self.errorLabel = QLabel(OrganisationsTab)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.addButton = QPushButton(OrganisationsTab)
        self.addButton.setObjectName(u"addButton")

        self.buttons.addWidget(self.addButton)

        self.removeButton = QPushButton(OrganisationsTab)
        self.removeButton.setObjectName(u"removeButton")

        self.buttons.addWidget(self.removeButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(OrganisationsTab)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(OrganisationsTab)
    # setupUi

    def retranslateUi(self, OrganisationsTab):
        OrganisationsTab.setWindowTitle(QCoreApplication.translate("OrganisationsTab", u"Social organisations", None))
        self.hintLabel.setText(QCoreApplication.translate("OrganisationsTab", u"The social organisations this branch sits in. Double-click a cell to edit, then Save.", None))
        self.errorLabel.setText("")
        self.addButton.setText(QCoreApplication.translate("OrganisationsTab", u"&Add organisation", None))
        self.removeButton.setText(QCoreApplication.translate("OrganisationsTab", u"Move to recycle bin", None))
        self.saveButton.setText(QCoreApplication.translate("OrganisationsTab", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("OrganisationsTab", u"Save the changes in the table (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

