# Generated from forms/setup_branch_page.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_branch_page.ui'
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
    QLineEdit, QSizePolicy, QSpacerItem, QWidget)

from branchdesk.ui.widgets.date_line_edit import DateLineEdit

class Ui_SetupBranchPage(object):
    def setupUi(self, SetupBranchPage):
        if not SetupBranchPage.objectName():
            SetupBranchPage.setObjectName(u"SetupBranchPage")
        self.grid = QGridLayout(SetupBranchPage)
        self.grid.setObjectName(u"grid")
        self.nameLabel = QLabel(SetupBranchPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.grid.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(SetupBranchPage)
        self.nameEdit.setObjectName(u"nameEdit")

        self.grid.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.nameError = QLabel(SetupBranchPage)
        self.nameError.setObjectName(u"nameError")

        self.grid.addWidget(self.nameError, 1, 1, 1, 1)

        self.kindLabel = QLabel(SetupBranchPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.grid.addWidget(self.kindLabel, 2, 0, 1, 1)

        self.kindCombo = QComboBox(SetupBranchPage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.grid.addWidget(self.kindCombo, 2, 1, 1, 1)

        self.kindError = QLabel(SetupBranchPage)
        self.kindError.setObjectName(u"kindError")

        self.grid.addWidget(self.kindError, 3, 1, 1, 1)

        self.upperLabel = QLabel(SetupBranchPage)
        self.upperLabel.setObjectName(u"upperLabel")

        self.grid.addWidget(self.upperLabel, 4, 0, 1, 1)

        self.upperEdit = QLineEdit(SetupBranchPage)
        self.upperEdit.setObjectName(u"upperEdit")

        self.grid.addWidget(self.upperEdit, 4, 1, 1, 1)

        self.upperError = QLabel(SetupBranchPage)
        self.upperError.setObjectName(u"upperError")

        self.grid.addWidget(self.upperError, 5, 1, 1, 1)

        self.foundedLabel = QLabel(SetupBranchPage)
        self.foundedLabel.setObjectName(u"foundedLabel")

        self.grid.addWidget(self.foundedLabel, 6, 0, 1, 1)

        self.foundedEdit = DateLineEdit(SetupBranchPage)
        self.foundedEdit.setObjectName(u"foundedEdit")

        self.grid.addWidget(self.foundedEdit, 6, 1, 1, 1)

        self.foundedError = QLabel(SetupBranchPage)
        self.foundedError.setObjectName(u"foundedError")

        self.grid.addWidget(self.foundedError, 7, 1, 1, 1)

        self.trackingLabel = QLabel(SetupBranchPage)
        self.trackingLabel.setObjectName(u"trackingLabel")

        self.grid.addWidget(self.trackingLabel, 8, 0, 1, 1)

        self.trackingEdit = DateLineEdit(SetupBranchPage)
        self.trackingEdit.setObjectName(u"trackingEdit")

        self.grid.addWidget(self.trackingEdit, 8, 1, 1, 1)

        self.trackingError = QLabel(SetupBranchPage)
        self.trackingError.setObjectName(u"trackingError")

        self.grid.addWidget(self.trackingError, 9, 1, 1, 1)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid.addItem(self.bottomSpacer, 10, 0, 1, 2)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.upperLabel.setBuddy(self.upperEdit)
        self.foundedLabel.setBuddy(self.foundedEdit)
        self.trackingLabel.setBuddy(self.trackingEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.upperEdit)
        QWidget.setTabOrder(self.upperEdit, self.foundedEdit)
        QWidget.setTabOrder(self.foundedEdit, self.trackingEdit)

        self.retranslateUi(SetupBranchPage)
    # setupUi

    def retranslateUi(self, SetupBranchPage):
        SetupBranchPage.setWindowTitle(QCoreApplication.translate("SetupBranchPage", u"Branch", None))
        self.nameLabel.setText(QCoreApplication.translate("SetupBranchPage", u"Branch &name", None))
        self.nameError.setText("")
        self.kindLabel.setText(QCoreApplication.translate("SetupBranchPage", u"&Kind", None))
        self.kindError.setText("")
        self.upperLabel.setText(QCoreApplication.translate("SetupBranchPage", u"&Upper-level party committee", None))
        self.upperError.setText("")
        self.foundedLabel.setText(QCoreApplication.translate("SetupBranchPage", u"&Founded on", None))
        self.foundedError.setText("")
        self.trackingLabel.setText(QCoreApplication.translate("SetupBranchPage", u"&Records kept in BranchDesk from", None))
#if QT_CONFIG(tooltip)
        self.trackingEdit.setToolTip(QCoreApplication.translate("SetupBranchPage", u"Usually today. The rules judge no month, quarter or year that starts before this day, so months before you used BranchDesk are not reported as overdue.", None))
#endif // QT_CONFIG(tooltip)
        self.trackingError.setText("")
    # retranslateUi

