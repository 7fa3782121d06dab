# Generated from forms/report_fonts_tab.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_fonts_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ReportFontsTab(object):
    def setupUi(self, ReportFontsTab):
        if not ReportFontsTab.objectName():
            ReportFontsTab.setObjectName(u"ReportFontsTab")
        self.layout = QVBoxLayout(ReportFontsTab)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ReportFontsTab)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(16)
        self.bodyLabel = QLabel(ReportFontsTab)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.grid.addWidget(self.bodyLabel, 0, 0, 1, 1)

        self.bodyFont = QLabel(ReportFontsTab)
        self.bodyFont.setObjectName(u"bodyFont")
        self.bodyFont.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.grid.addWidget(self.bodyFont, 0, 1, 1, 1)

        self.bodyChooseButton = QPushButton(ReportFontsTab)
        self.bodyChooseButton.setObjectName(u"bodyChooseButton")

        self.grid.addWidget(self.bodyChooseButton, 0, 2, 1, 1)

        self.bodyAutoButton = QPushButton(ReportFontsTab)
        self.bodyAutoButton.setObjectName(u"bodyAutoButton")

        self.grid.addWidget(self.bodyAutoButton, 0, 3, 1, 1)

        self.bodyError = QLabel(ReportFontsTab)
        self.bodyError.setObjectName(u"bodyError")
        self.bodyError.setWordWrap(True)

        self.grid.addWidget(self.bodyError, 1, 1, 1, 3)

        self.heiLabel = QLabel(ReportFontsTab)
        self.heiLabel.setObjectName(u"heiLabel")

        self.grid.addWidget(self.heiLabel, 2, 0, 1, 1)

        self.heiFont = QLabel(ReportFontsTab)
        self.heiFont.setObjectName(u"heiFont")
        self.heiFont.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.grid.addWidget(self.heiFont, 2, 1, 1, 1)

        self.heiChooseButton = QPushButton(ReportFontsTab)
        self.heiChooseButton.setObjectName(u"heiChooseButton")

        self.grid.addWidget(self.heiChooseButton, 2, 2, 1, 1)

        self.heiAutoButton = QPushButton(ReportFontsTab)
        self.heiAutoButton.setObjectName(u"heiAutoButton")

        self.grid.addWidget(self.heiAutoButton, 2, 3, 1, 1)

        self.heiError = QLabel(ReportFontsTab)
        self.heiError.setObjectName(u"heiError")
        self.heiError.setWordWrap(True)

        self.grid.addWidget(self.heiError, 3, 1, 1, 3)

        self.kaiLabel = QLabel(ReportFontsTab)
        self.kaiLabel.setObjectName(u"kaiLabel")

        self.grid.addWidget(self.kaiLabel, 4, 0, 1, 1)

        self.kaiFont = QLabel(ReportFontsTab)
        self.kaiFont.setObjectName(u"kaiFont")
        self.kaiFont.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.grid.addWidget(self.kaiFont, 4, 1, 1, 1)

        self.kaiChooseButton = QPushButton(ReportFontsTab)
        self.kaiChooseButton.setObjectName(u"kaiChooseButton")

        self.grid.addWidget(self.kaiChooseButton, 4, 2, 1, 1)

        self.kaiAutoButton = QPushButton(ReportFontsTab)
        self.kaiAutoButton.setObjectName(u"kaiAutoButton")

        self.grid.addWidget(self.kaiAutoButton, 4, 3, 1, 1)

        self.kaiError = QLabel(ReportFontsTab)
        self.kaiError.setObjectName(u"kaiError")
        self.kaiError.setWordWrap(True)

        self.grid.addWidget(self.kaiError, 5, 1, 1, 3)

        self.titleLabel = QLabel(ReportFontsTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.grid.addWidget(self.titleLabel, 6, 0, 1, 1)

        self.titleFont = QLabel(ReportFontsTab)
        self.titleFont.setObjectName(u"titleFont")
        self.titleFont.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.grid.addWidget(self.titleFont, 6, 1, 1, 1)

        self.titleChooseButton = QPushButton(ReportFontsTab)
        self.titleChooseButton.setObjectName(u"titleChooseButton")

        self.grid.addWidget(self.titleChooseButton, 6, 2, 1, 1)

        self.titleAutoButton = QPushButton(ReportFontsTab)
        self.titleAutoButton.setObjectName(u"titleAutoButton")

        self.grid.addWidget(self.titleAutoButton, 6, 3, 1, 1)

        self.titleError = QLabel(ReportFontsTab)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setWordWrap(True)

        self.grid.addWidget(self.titleError, 7, 1, 1, 3)

        self.songLabel = QLabel(ReportFontsTab)
        self.songLabel.setObjectName(u"songLabel")

        self.grid.addWidget(self.songLabel, 8, 0, 1, 1)

        self.songFont = QLabel(ReportFontsTab)
        self.songFont.setObjectName(u"songFont")
        self.songFont.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.grid.addWidget(self.songFont, 8, 1, 1, 1)

        self.songChooseButton = QPushButton(ReportFontsTab)
        self.songChooseButton.setObjectName(u"songChooseButton")

        self.grid.addWidget(self.songChooseButton, 8, 2, 1, 1)

        self.songAutoButton = QPushButton(ReportFontsTab)
        self.songAutoButton.setObjectName(u"songAutoButton")

        self.grid.addWidget(self.songAutoButton, 8, 3, 1, 1)

        self.songError = QLabel(ReportFontsTab)
        self.songError.setObjectName(u"songError")
        self.songError.setWordWrap(True)

        self.grid.addWidget(self.songError, 9, 1, 1, 3)

        self.grid.setColumnStretch(1, 1)

        self.layout.addLayout(self.grid)

        self.vSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.vSpacer)

        QWidget.setTabOrder(self.bodyChooseButton, self.bodyAutoButton)
        QWidget.setTabOrder(self.bodyAutoButton, self.heiChooseButton)
        QWidget.setTabOrder(self.heiChooseButton, self.heiAutoButton)
        QWidget.setTabOrder(self.heiAutoButton, self.kaiChooseButton)
        QWidget.setTabOrder(self.kaiChooseButton, self.kaiAutoButton)
        QWidget.setTabOrder(self.kaiAutoButton, self.titleChooseButton)
        QWidget.setTabOrder(self.titleChooseButton, self.titleAutoButton)
        QWidget.setTabOrder(self.titleAutoButton, self.songChooseButton)
        QWidget.setTabOrder(self.songChooseButton, self.songAutoButton)

        self.retranslateUi(ReportFontsTab)
    # setupUi

    def retranslateUi(self, ReportFontsTab):
        ReportFontsTab.setWindowTitle(QCoreApplication.translate("ReportFontsTab", u"Report fonts", None))
        self.introLabel.setText(QCoreApplication.translate("ReportFontsTab", u"The annual report draws each part in its own font. Automatic uses the official font on this PC, else the free font shipped with BranchDesk. A font file you choose must be TrueType (.ttf, .ttc, or .otf with TrueType outlines) and have all 3,755 common Chinese characters (GB 2312 level 1); it is used from the next report on.", None))
        self.bodyLabel.setText(QCoreApplication.translate("ReportFontsTab", u"FangSong (body text, tables)", None))
        self.bodyFont.setText("")
        self.bodyChooseButton.setText(QCoreApplication.translate("ReportFontsTab", u"Choose a font file\u2026", None))
#if QT_CONFIG(tooltip)
        self.bodyAutoButton.setToolTip(QCoreApplication.translate("ReportFontsTab", u"Use the official font on this PC, else the font shipped with BranchDesk", None))
#endif // QT_CONFIG(tooltip)
        self.bodyAutoButton.setText(QCoreApplication.translate("ReportFontsTab", u"Automatic", None))
        self.bodyError.setText("")
        self.heiLabel.setText(QCoreApplication.translate("ReportFontsTab", u"HeiTi (headings \u201c\u4e00\u3001\u201d)", None))
        self.heiFont.setText("")
        self.heiChooseButton.setText(QCoreApplication.translate("ReportFontsTab", u"Choose a font file\u2026", None))
#if QT_CONFIG(tooltip)
        self.heiAutoButton.setToolTip(QCoreApplication.translate("ReportFontsTab", u"Use the official font on this PC, else the font shipped with BranchDesk", None))
#endif // QT_CONFIG(tooltip)
        self.heiAutoButton.setText(QCoreApplication.translate("ReportFontsTab", u"Automatic", None))
        self.heiError.setText("")
        self.kaiLabel.setText(QCoreApplication.translate("ReportFontsTab", u"KaiTi (headings \u201c\uff08\u4e00\uff09\u201d)", None))
        self.kaiFont.setText("")
        self.kaiChooseButton.setText(QCoreApplication.translate("ReportFontsTab", u"Choose a font file\u2026", None))
#if QT_CONFIG(tooltip)
        self.kaiAutoButton.setToolTip(QCoreApplication.translate("ReportFontsTab", u"Use the official font on this PC, else the font shipped with BranchDesk", None))
#endif // QT_CONFIG(tooltip)
        self.kaiAutoButton.setText(QCoreApplication.translate("ReportFontsTab", u"Automatic", None))
        self.kaiError.setText("")
        self.titleLabel.setText(QCoreApplication.translate("ReportFontsTab", u"XiaoBiaoSong (the title)", None))
        self.titleFont.setText("")
        self.titleChooseButton.setText(QCoreApplication.translate("ReportFontsTab", u"Choose a font file\u2026", None))
#if QT_CONFIG(tooltip)
        self.titleAutoButton.setToolTip(QCoreApplication.translate("ReportFontsTab", u"Use the official font on this PC, else the font shipped with BranchDesk", None))
#endif // QT_CONFIG(tooltip)
        self.titleAutoButton.setText(QCoreApplication.translate("ReportFontsTab", u"Automatic", None))
        self.titleError.setText("")
        self.songLabel.setText(QCoreApplication.translate("ReportFontsTab", u"SongTi (page numbers)", None))
        self.songFont.setText("")
        self.songChooseButton.setText(QCoreApplication.translate("ReportFontsTab", u"Choose a font file\u2026", None))
#if QT_CONFIG(tooltip)
        self.songAutoButton.setToolTip(QCoreApplication.translate("ReportFontsTab", u"Use the official font on this PC, else the font shipped with BranchDesk", None))
#endif // QT_CONFIG(tooltip)
        self.songAutoButton.setText(QCoreApplication.translate("ReportFontsTab", u"Automatic", None))
        self.songError.setText("")
    # retranslateUi

