# Generated from forms/general_tab.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'general_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QLabel,
    QSizePolicy, QSpacerItem, QWidget)

class Ui_GeneralTab(object):
    def setupUi(self, GeneralTab):
        if not GeneralTab.objectName():
            GeneralTab.setObjectName(u"GeneralTab")
        self.grid = QGridLayout(GeneralTab)
        self.grid.setObjectName(u"grid")
        self.languageLabel = QLabel(GeneralTab)
        self.languageLabel.setObjectName(u"languageLabel")

        self.grid.addWidget(self.languageLabel, 0, 0, 1, 1)

        self.languageCombo = QComboBox(GeneralTab)
        self.languageCombo.setObjectName(u"languageCombo")

        self.grid.addWidget(self.languageCombo, 0, 1, 1, 1)

        self.languageNotice = QLabel(GeneralTab)
        self.languageNotice.setObjectName(u"languageNotice")
        self.languageNotice.setWordWrap(True)

        self.grid.addWidget(self.languageNotice, 1, 1, 1, 1)

        self.dataDirTitle = QLabel(GeneralTab)
        self.dataDirTitle.setObjectName(u"dataDirTitle")

        self.grid.addWidget(self.dataDirTitle, 2, 0, 1, 1)

        self.dataDirValue = QLabel(GeneralTab)
        self.dataDirValue.setObjectName(u"dataDirValue")
        self.dataDirValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.grid.addWidget(self.dataDirValue, 2, 1, 1, 1)

        self.vSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid.addItem(self.vSpacer, 3, 0, 1, 1)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GeneralTab)
    # setupUi

    def retranslateUi(self, GeneralTab):
        GeneralTab.setWindowTitle(QCoreApplication.translate("GeneralTab", u"General", None))
        self.languageLabel.setText(QCoreApplication.translate("GeneralTab", u"&Language", None))
        self.languageNotice.setText(QCoreApplication.translate("GeneralTab", u"The language changes the next time BranchDesk starts.", None))
        self.dataDirTitle.setText(QCoreApplication.translate("GeneralTab", u"Data folder", None))
        self.dataDirValue.setText("")
    # retranslateUi

