# Generated from forms/setup_term_page.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_term_page.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QLabel, QSizePolicy,
    QSpacerItem, QWidget)

from branchdesk.ui.widgets.date_line_edit import DateLineEdit

class Ui_SetupTermPage(object):
    def setupUi(self, SetupTermPage):
        if not SetupTermPage.objectName():
            SetupTermPage.setObjectName(u"SetupTermPage")
        self.grid = QGridLayout(SetupTermPage)
        self.grid.setObjectName(u"grid")
        self.hintLabel = QLabel(SetupTermPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.grid.addWidget(self.hintLabel, 0, 0, 1, 2)

        self.startsLabel = QLabel(SetupTermPage)
        self.startsLabel.setObjectName(u"startsLabel")

        self.grid.addWidget(self.startsLabel, 1, 0, 1, 1)

        self.startsEdit = DateLineEdit(SetupTermPage)
        self.startsEdit.setObjectName(u"startsEdit")

        self.grid.addWidget(self.startsEdit, 1, 1, 1, 1)

        self.startsError = QLabel(SetupTermPage)
        self.startsError.setObjectName(u"startsError")

        self.grid.addWidget(self.startsError, 2, 1, 1, 1)

        self.endsLabel = QLabel(SetupTermPage)
        self.endsLabel.setObjectName(u"endsLabel")

        self.grid.addWidget(self.endsLabel, 3, 0, 1, 1)

        self.endsEdit = DateLineEdit(SetupTermPage)
        self.endsEdit.setObjectName(u"endsEdit")

        self.grid.addWidget(self.endsEdit, 3, 1, 1, 1)

        self.endsError = QLabel(SetupTermPage)
        self.endsError.setObjectName(u"endsError")

        self.grid.addWidget(self.endsError, 4, 1, 1, 1)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid.addItem(self.bottomSpacer, 5, 0, 1, 2)

#if QT_CONFIG(shortcut)
        self.startsLabel.setBuddy(self.startsEdit)
        self.endsLabel.setBuddy(self.endsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.startsEdit, self.endsEdit)

        self.retranslateUi(SetupTermPage)
    # setupUi

    def retranslateUi(self, SetupTermPage):
        SetupTermPage.setWindowTitle(QCoreApplication.translate("SetupTermPage", u"Committee term", None))
        self.hintLabel.setText(QCoreApplication.translate("SetupTermPage", u"The committee in office: when it was elected and when its term ends (three years by default).", None))
        self.startsLabel.setText(QCoreApplication.translate("SetupTermPage", u"Elected &on", None))
        self.startsError.setText("")
        self.endsLabel.setText(QCoreApplication.translate("SetupTermPage", u"Term &ends on", None))
        self.endsError.setText("")
    # retranslateUi

