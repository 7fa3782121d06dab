# Generated from forms/setup_organisations_page.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_organisations_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SetupOrganisationsPage(object):
    def setupUi(self, SetupOrganisationsPage):
        if not SetupOrganisationsPage.objectName():
            SetupOrganisationsPage.setObjectName(u"SetupOrganisationsPage")
        self.layout = QVBoxLayout(SetupOrganisationsPage)
        self.layout.setObjectName(u"layout")
        self.hintLabel = QLabel(SetupOrganisationsPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.orgTable = QTableWidget(SetupOrganisationsPage)
        if (self.orgTable.columnCount() < 3):
            self.orgTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.orgTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.orgTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.orgTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.orgTable.setObjectName(u"orgTable")
        self.orgTable.setColumnCount(3)

        self.layout.addWidget(self.orgTable)

        self.orgButtons = QHBoxLayout()
        self.orgButtons.setObjectName(u"orgButtons")
        self.addButton = QPushButton(SetupOrganisationsPage)
        self.addButton.setObjectName(u"addButton")

        self.orgButtons.addWidget(self.addButton)

        self.removeButton = QPushButton(SetupOrganisationsPage)
        self.removeButton.setObjectName(u"removeButton")

        self.orgButtons.addWidget(self.removeButton)

        self.orgSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.orgButtons.addItem(self.orgSpacer)


        self.layout.addLayout(self.orgButtons)

        self.orgError = QLabel(SetupOrganisationsPage)
        self.orgError.setObjectName(u"orgError")

        self.layout.addWidget(self.orgError)

        QWidget.setTabOrder(self.orgTable, self.addButton)
        QWidget.setTabOrder(self.addButton, self.removeButton)

        self.retranslateUi(SetupOrganisationsPage)
    # setupUi

    def retranslateUi(self, SetupOrganisationsPage):
        SetupOrganisationsPage.setWindowTitle(QCoreApplication.translate("SetupOrganisationsPage", u"Social organisations", None))
        self.hintLabel.setText(QCoreApplication.translate("SetupOrganisationsPage", u"The social organisations whose members belong to this branch (for a joint branch, several). You can add more later in Settings.", None))
        ___qtablewidgetitem = self.orgTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SetupOrganisationsPage", u"Name", None))
        ___qtablewidgetitem1 = self.orgTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SetupOrganisationsPage", u"Kind", None))
        ___qtablewidgetitem2 = self.orgTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SetupOrganisationsPage", u"Unified social credit code", None))
        self.addButton.setText(QCoreApplication.translate("SetupOrganisationsPage", u"&Add organisation", None))
        self.removeButton.setText(QCoreApplication.translate("SetupOrganisationsPage", u"&Remove", None))
        self.orgError.setText("")
    # retranslateUi

