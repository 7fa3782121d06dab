# Generated from forms/setup_secretary_page.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_secretary_page.ui'
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

class Ui_SetupSecretaryPage(object):
    def setupUi(self, SetupSecretaryPage):
        if not SetupSecretaryPage.objectName():
            SetupSecretaryPage.setObjectName(u"SetupSecretaryPage")
        self.grid = QGridLayout(SetupSecretaryPage)
        self.grid.setObjectName(u"grid")
        self.hintLabel = QLabel(SetupSecretaryPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.grid.addWidget(self.hintLabel, 0, 0, 1, 2)

        self.nameLabel = QLabel(SetupSecretaryPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.grid.addWidget(self.nameLabel, 1, 0, 1, 1)

        self.nameEdit = QLineEdit(SetupSecretaryPage)
        self.nameEdit.setObjectName(u"nameEdit")

        self.grid.addWidget(self.nameEdit, 1, 1, 1, 1)

        self.nameError = QLabel(SetupSecretaryPage)
        self.nameError.setObjectName(u"nameError")

        self.grid.addWidget(self.nameError, 2, 1, 1, 1)

        self.genderLabel = QLabel(SetupSecretaryPage)
        self.genderLabel.setObjectName(u"genderLabel")

        self.grid.addWidget(self.genderLabel, 3, 0, 1, 1)

        self.genderCombo = QComboBox(SetupSecretaryPage)
        self.genderCombo.setObjectName(u"genderCombo")

        self.grid.addWidget(self.genderCombo, 3, 1, 1, 1)

        self.genderError = QLabel(SetupSecretaryPage)
        self.genderError.setObjectName(u"genderError")

        self.grid.addWidget(self.genderError, 4, 1, 1, 1)

        self.joinedLabel = QLabel(SetupSecretaryPage)
        self.joinedLabel.setObjectName(u"joinedLabel")

        self.grid.addWidget(self.joinedLabel, 5, 0, 1, 1)

        self.joinedEdit = DateLineEdit(SetupSecretaryPage)
        self.joinedEdit.setObjectName(u"joinedEdit")

        self.grid.addWidget(self.joinedEdit, 5, 1, 1, 1)

        self.joinedError = QLabel(SetupSecretaryPage)
        self.joinedError.setObjectName(u"joinedError")

        self.grid.addWidget(self.joinedError, 6, 1, 1, 1)

        self.fullLabel = QLabel(SetupSecretaryPage)
        self.fullLabel.setObjectName(u"fullLabel")

        self.grid.addWidget(self.fullLabel, 7, 0, 1, 1)

        self.fullEdit = DateLineEdit(SetupSecretaryPage)
        self.fullEdit.setObjectName(u"fullEdit")

        self.grid.addWidget(self.fullEdit, 7, 1, 1, 1)

        self.fullError = QLabel(SetupSecretaryPage)
        self.fullError.setObjectName(u"fullError")

        self.grid.addWidget(self.fullError, 8, 1, 1, 1)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid.addItem(self.bottomSpacer, 9, 0, 1, 2)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.genderLabel.setBuddy(self.genderCombo)
        self.joinedLabel.setBuddy(self.joinedEdit)
        self.fullLabel.setBuddy(self.fullEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.genderCombo)
        QWidget.setTabOrder(self.genderCombo, self.joinedEdit)
        QWidget.setTabOrder(self.joinedEdit, self.fullEdit)

        self.retranslateUi(SetupSecretaryPage)
    # setupUi

    def retranslateUi(self, SetupSecretaryPage):
        SetupSecretaryPage.setWindowTitle(QCoreApplication.translate("SetupSecretaryPage", u"Secretary", None))
        self.hintLabel.setText(QCoreApplication.translate("SetupSecretaryPage", u"The branch secretary is the first member on the roster and holds the secretary's seat of the committee.", None))
        self.nameLabel.setText(QCoreApplication.translate("SetupSecretaryPage", u"&Name", None))
        self.nameError.setText("")
        self.genderLabel.setText(QCoreApplication.translate("SetupSecretaryPage", u"&Gender", None))
        self.genderError.setText("")
        self.joinedLabel.setText(QCoreApplication.translate("SetupSecretaryPage", u"&Joined the party on", None))
        self.joinedError.setText("")
        self.fullLabel.setText(QCoreApplication.translate("SetupSecretaryPage", u"Full member &since", None))
        self.fullError.setText("")
    # retranslateUi

