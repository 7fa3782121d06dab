# Generated from forms/branch_profile.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'branch_profile.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QWidget)

from branchdesk.ui.widgets.date_line_edit import DateLineEdit

class Ui_BranchProfile(object):
    def setupUi(self, BranchProfile):
        if not BranchProfile.objectName():
            BranchProfile.setObjectName(u"BranchProfile")
        self.grid = QGridLayout(BranchProfile)
        self.grid.setObjectName(u"grid")
        self.nameLabel = QLabel(BranchProfile)
        self.nameLabel.setObjectName(u"nameLabel")

        self.grid.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(BranchProfile)
        self.nameEdit.setObjectName(u"nameEdit")

        self.grid.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.nameError = QLabel(BranchProfile)
        self.nameError.setObjectName(u"nameError")

        self.grid.addWidget(self.nameError, 1, 1, 1, 1)

        self.kindLabel = QLabel(BranchProfile)
        self.kindLabel.setObjectName(u"kindLabel")

        self.grid.addWidget(self.kindLabel, 2, 0, 1, 1)

        self.kindCombo = QComboBox(BranchProfile)
        self.kindCombo.setObjectName(u"kindCombo")

        self.grid.addWidget(self.kindCombo, 2, 1, 1, 1)

        self.foundedOnLabel = QLabel(BranchProfile)
        self.foundedOnLabel.setObjectName(u"foundedOnLabel")

        self.grid.addWidget(self.foundedOnLabel, 3, 0, 1, 1)

        self.foundedOnEdit = DateLineEdit(BranchProfile)
        self.foundedOnEdit.setObjectName(u"foundedOnEdit")

        self.grid.addWidget(self.foundedOnEdit, 3, 1, 1, 1)

        self.foundedOnError = QLabel(BranchProfile)
        self.foundedOnError.setObjectName(u"foundedOnError")

        self.grid.addWidget(self.foundedOnError, 4, 1, 1, 1)

        self.trackingFromLabel = QLabel(BranchProfile)
        self.trackingFromLabel.setObjectName(u"trackingFromLabel")

        self.grid.addWidget(self.trackingFromLabel, 5, 0, 1, 1)

        self.trackingFromEdit = DateLineEdit(BranchProfile)
        self.trackingFromEdit.setObjectName(u"trackingFromEdit")

        self.grid.addWidget(self.trackingFromEdit, 5, 1, 1, 1)

        self.trackingFromError = QLabel(BranchProfile)
        self.trackingFromError.setObjectName(u"trackingFromError")

        self.grid.addWidget(self.trackingFromError, 6, 1, 1, 1)

        self.upperCommitteeLabel = QLabel(BranchProfile)
        self.upperCommitteeLabel.setObjectName(u"upperCommitteeLabel")

        self.grid.addWidget(self.upperCommitteeLabel, 7, 0, 1, 1)

        self.upperCommitteeEdit = QLineEdit(BranchProfile)
        self.upperCommitteeEdit.setObjectName(u"upperCommitteeEdit")

        self.grid.addWidget(self.upperCommitteeEdit, 7, 1, 1, 1)

        self.upperCommitteeError = QLabel(BranchProfile)
        self.upperCommitteeError.setObjectName(u"upperCommitteeError")

        self.grid.addWidget(self.upperCommitteeError, 8, 1, 1, 1)

        self.addressLabel = QLabel(BranchProfile)
        self.addressLabel.setObjectName(u"addressLabel")

        self.grid.addWidget(self.addressLabel, 9, 0, 1, 1)

        self.addressEdit = QLineEdit(BranchProfile)
        self.addressEdit.setObjectName(u"addressEdit")

        self.grid.addWidget(self.addressEdit, 9, 1, 1, 1)

        self.addressError = QLabel(BranchProfile)
        self.addressError.setObjectName(u"addressError")

        self.grid.addWidget(self.addressError, 10, 1, 1, 1)

        self.phoneLabel = QLabel(BranchProfile)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.grid.addWidget(self.phoneLabel, 11, 0, 1, 1)

        self.phoneEdit = QLineEdit(BranchProfile)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.grid.addWidget(self.phoneEdit, 11, 1, 1, 1)

        self.instructorLabel = QLabel(BranchProfile)
        self.instructorLabel.setObjectName(u"instructorLabel")

        self.grid.addWidget(self.instructorLabel, 12, 0, 1, 1)

        self.instructorEdit = QLineEdit(BranchProfile)
        self.instructorEdit.setObjectName(u"instructorEdit")

        self.grid.addWidget(self.instructorEdit, 12, 1, 1, 1)

        self.instructorError = QLabel(BranchProfile)
        self.instructorError.setObjectName(u"instructorError")

        self.grid.addWidget(self.instructorError, 13, 1, 1, 1)

        self.liaisonLabel = QLabel(BranchProfile)
        self.liaisonLabel.setObjectName(u"liaisonLabel")

        self.grid.addWidget(self.liaisonLabel, 14, 0, 1, 1)

        self.liaisonEdit = QLineEdit(BranchProfile)
        self.liaisonEdit.setObjectName(u"liaisonEdit")

        self.grid.addWidget(self.liaisonEdit, 14, 1, 1, 1)

        self.liaisonError = QLabel(BranchProfile)
        self.liaisonError.setObjectName(u"liaisonError")

        self.grid.addWidget(self.liaisonError, 15, 1, 1, 1)

        self.orgHeadLabel = QLabel(BranchProfile)
        self.orgHeadLabel.setObjectName(u"orgHeadLabel")

        self.grid.addWidget(self.orgHeadLabel, 16, 0, 1, 1)

        self.orgHeadEdit = QLineEdit(BranchProfile)
        self.orgHeadEdit.setObjectName(u"orgHeadEdit")

        self.grid.addWidget(self.orgHeadEdit, 16, 1, 1, 1)

        self.orgHeadError = QLabel(BranchProfile)
        self.orgHeadError.setObjectName(u"orgHeadError")

        self.grid.addWidget(self.orgHeadError, 17, 1, 1, 1)

        self.orgHeadPhoneLabel = QLabel(BranchProfile)
        self.orgHeadPhoneLabel.setObjectName(u"orgHeadPhoneLabel")

        self.grid.addWidget(self.orgHeadPhoneLabel, 18, 0, 1, 1)

        self.orgHeadPhoneEdit = QLineEdit(BranchProfile)
        self.orgHeadPhoneEdit.setObjectName(u"orgHeadPhoneEdit")

        self.grid.addWidget(self.orgHeadPhoneEdit, 18, 1, 1, 1)

        self.savedLabel = QLabel(BranchProfile)
        self.savedLabel.setObjectName(u"savedLabel")

        self.grid.addWidget(self.savedLabel, 19, 1, 1, 1)

        self.saveButtonRow = QHBoxLayout()
        self.saveButtonRow.setObjectName(u"saveButtonRow")
        self.saveButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveButtonRow.addItem(self.saveButtonSpacer)

        self.saveButton = QPushButton(BranchProfile)
        self.saveButton.setObjectName(u"saveButton")

        self.saveButtonRow.addWidget(self.saveButton)


        self.grid.addLayout(self.saveButtonRow, 20, 0, 1, 2)

        self.vSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid.addItem(self.vSpacer, 21, 0, 1, 1)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.foundedOnLabel.setBuddy(self.foundedOnEdit)
        self.trackingFromLabel.setBuddy(self.trackingFromEdit)
        self.upperCommitteeLabel.setBuddy(self.upperCommitteeEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.instructorLabel.setBuddy(self.instructorEdit)
        self.liaisonLabel.setBuddy(self.liaisonEdit)
        self.orgHeadLabel.setBuddy(self.orgHeadEdit)
        self.orgHeadPhoneLabel.setBuddy(self.orgHeadPhoneEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BranchProfile)
    # setupUi

    def retranslateUi(self, BranchProfile):
        BranchProfile.setWindowTitle(QCoreApplication.translate("BranchProfile", u"Branch", None))
        self.nameLabel.setText(QCoreApplication.translate("BranchProfile", u"Branch &name", None))
        self.nameError.setText("")
        self.kindLabel.setText(QCoreApplication.translate("BranchProfile", u"&Kind", None))
        self.foundedOnLabel.setText(QCoreApplication.translate("BranchProfile", u"&Founded on", None))
        self.foundedOnEdit.setPlaceholderText(QCoreApplication.translate("BranchProfile", u"YYYY-MM-DD", None))
        self.foundedOnError.setText("")
        self.trackingFromLabel.setText(QCoreApplication.translate("BranchProfile", u"&Records kept in BranchDesk from", None))
#if QT_CONFIG(tooltip)
        self.trackingFromLabel.setToolTip(QCoreApplication.translate("BranchProfile", u"The rules judge no month, quarter or year that starts before this day", None))
#endif // QT_CONFIG(tooltip)
        self.trackingFromEdit.setPlaceholderText(QCoreApplication.translate("BranchProfile", u"YYYY-MM-DD", None))
#if QT_CONFIG(tooltip)
        self.trackingFromEdit.setToolTip(QCoreApplication.translate("BranchProfile", u"The rules judge no month, quarter or year that starts before this day", None))
#endif // QT_CONFIG(tooltip)
        self.trackingFromError.setText("")
        self.upperCommitteeLabel.setText(QCoreApplication.translate("BranchProfile", u"&Upper-level committee", None))
        self.upperCommitteeError.setText("")
        self.addressLabel.setText(QCoreApplication.translate("BranchProfile", u"&Address", None))
        self.addressError.setText("")
        self.phoneLabel.setText(QCoreApplication.translate("BranchProfile", u"&Phone", None))
        self.instructorLabel.setText(QCoreApplication.translate("BranchProfile", u"Party-building &instructor", None))
        self.instructorError.setText("")
        self.liaisonLabel.setText(QCoreApplication.translate("BranchProfile", u"&Liaison", None))
        self.liaisonError.setText("")
        self.orgHeadLabel.setText(QCoreApplication.translate("BranchProfile", u"Head of the &organisation", None))
        self.orgHeadError.setText("")
        self.orgHeadPhoneLabel.setText(QCoreApplication.translate("BranchProfile", u"Head's p&hone", None))
        self.savedLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("BranchProfile", u"&Save", None))
    # retranslateUi

