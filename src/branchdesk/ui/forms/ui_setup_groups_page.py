# Generated from forms/setup_groups_page.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_groups_page.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_SetupGroupsPage(object):
    def setupUi(self, SetupGroupsPage):
        if not SetupGroupsPage.objectName():
            SetupGroupsPage.setObjectName(u"SetupGroupsPage")
        self.layout = QVBoxLayout(SetupGroupsPage)
        self.layout.setObjectName(u"layout")
        self.hintLabel = QLabel(SetupGroupsPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.groupsEdit = QPlainTextEdit(SetupGroupsPage)
        self.groupsEdit.setObjectName(u"groupsEdit")

        self.layout.addWidget(self.groupsEdit)

        self.groupsError = QLabel(SetupGroupsPage)
        self.groupsError.setObjectName(u"groupsError")

        self.layout.addWidget(self.groupsError)


        self.retranslateUi(SetupGroupsPage)
    # setupUi

    def retranslateUi(self, SetupGroupsPage):
        SetupGroupsPage.setWindowTitle(QCoreApplication.translate("SetupGroupsPage", u"Party groups", None))
        self.hintLabel.setText(QCoreApplication.translate("SetupGroupsPage", u"The party groups of the branch, one per line. Leave empty if the branch has none.", None))
        self.groupsError.setText("")
    # retranslateUi

