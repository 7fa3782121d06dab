# Generated from forms/welcome_dialog.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCommandLinkButton, QDialog, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_WelcomeDialog(object):
    def setupUi(self, WelcomeDialog):
        if not WelcomeDialog.objectName():
            WelcomeDialog.setObjectName(u"WelcomeDialog")
        self.layout = QVBoxLayout(WelcomeDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(WelcomeDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 18pt; font-weight: bold;")

        self.layout.addWidget(self.titleLabel)

        self.introLabel = QLabel(WelcomeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.setupButton = QCommandLinkButton(WelcomeDialog)
        self.setupButton.setObjectName(u"setupButton")

        self.layout.addWidget(self.setupButton)

        self.demoButton = QCommandLinkButton(WelcomeDialog)
        self.demoButton.setObjectName(u"demoButton")

        self.layout.addWidget(self.demoButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.quitButton = QPushButton(WelcomeDialog)
        self.quitButton.setObjectName(u"quitButton")

        self.buttons.addWidget(self.quitButton)


        self.layout.addLayout(self.buttons)

        QWidget.setTabOrder(self.setupButton, self.demoButton)
        QWidget.setTabOrder(self.demoButton, self.quitButton)

        self.retranslateUi(WelcomeDialog)
    # setupUi

    def retranslateUi(self, WelcomeDialog):
        WelcomeDialog.setWindowTitle(QCoreApplication.translate("WelcomeDialog", u"BranchDesk", None))
        self.titleLabel.setText(QCoreApplication.translate("WelcomeDialog", u"Welcome to BranchDesk", None))
        self.introLabel.setText(QCoreApplication.translate("WelcomeDialog", u"BranchDesk keeps your party branch's records on this computer: members, meetings, talks, training and the annual report. There is no data yet.", None))
        self.setupButton.setText(QCoreApplication.translate("WelcomeDialog", u"&Set up my branch", None))
        self.setupButton.setDescription(QCoreApplication.translate("WelcomeDialog", u"A few questions about your branch, its organisations, secretary, committee and party groups; then you can import your roster.", None))
        self.demoButton.setText(QCoreApplication.translate("WelcomeDialog", u"&Explore with demo data", None))
        self.demoButton.setDescription(QCoreApplication.translate("WelcomeDialog", u"Opens a separate demo data folder with two years of an example branch. Your own data is never mixed with it.", None))
        self.quitButton.setText(QCoreApplication.translate("WelcomeDialog", u"&Quit", None))
    # retranslateUi

