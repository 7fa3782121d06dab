# Generated from forms/check_dialog.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'check_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_CheckDialog(object):
    def setupUi(self, CheckDialog):
        if not CheckDialog.objectName():
            CheckDialog.setObjectName(u"CheckDialog")
        CheckDialog.resize(900, 520)
        self.layout = QVBoxLayout(CheckDialog)
        self.layout.setObjectName(u"layout")
        self.summaryLabel = QLabel(CheckDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.layout.addWidget(self.summaryLabel)

        self.findingsView = QTableView(CheckDialog)
        self.findingsView.setObjectName(u"findingsView")
        self.findingsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.findingsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.findingsView.setWordWrap(True)

        self.layout.addWidget(self.findingsView)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.checkAgainButton = QPushButton(CheckDialog)
        self.checkAgainButton.setObjectName(u"checkAgainButton")

        self.buttonRow.addWidget(self.checkAgainButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(CheckDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.layout.addLayout(self.buttonRow)


        self.retranslateUi(CheckDialog)
    # setupUi

    def retranslateUi(self, CheckDialog):
        CheckDialog.setWindowTitle(QCoreApplication.translate("CheckDialog", u"Check the data", None))
        self.summaryLabel.setText("")
        self.checkAgainButton.setText(QCoreApplication.translate("CheckDialog", u"Check &again", None))
    # retranslateUi

