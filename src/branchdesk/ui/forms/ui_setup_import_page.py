# Generated from forms/setup_import_page.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_import_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SetupImportPage(object):
    def setupUi(self, SetupImportPage):
        if not SetupImportPage.objectName():
            SetupImportPage.setObjectName(u"SetupImportPage")
        self.layout = QVBoxLayout(SetupImportPage)
        self.layout.setObjectName(u"layout")
        self.hintLabel = QLabel(SetupImportPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(SetupImportPage)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(SetupImportPage)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)

        self.clearButton = QPushButton(SetupImportPage)
        self.clearButton.setObjectName(u"clearButton")

        self.fileRow.addWidget(self.clearButton)


        self.layout.addLayout(self.fileRow)

        self.previewLabel = QLabel(SetupImportPage)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setWordWrap(True)

        self.layout.addWidget(self.previewLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        QWidget.setTabOrder(self.browseButton, self.clearButton)

        self.retranslateUi(SetupImportPage)
    # setupUi

    def retranslateUi(self, SetupImportPage):
        SetupImportPage.setWindowTitle(QCoreApplication.translate("SetupImportPage", u"Roster import", None))
        self.hintLabel.setText(QCoreApplication.translate("SetupImportPage", u"Optional: import your roster from an Excel (.xlsx) or CSV file with a header row (\u59d3\u540d, \u6027\u522b, \u5165\u515a\u65f6\u95f4 \u2026). Only valid rows are imported; you can also do this later.", None))
        self.browseButton.setText(QCoreApplication.translate("SetupImportPage", u"&Choose file\u2026", None))
        self.clearButton.setText(QCoreApplication.translate("SetupImportPage", u"C&lear", None))
        self.previewLabel.setText("")
    # retranslateUi

