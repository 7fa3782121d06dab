# Generated from forms/committee_tab.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'committee_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

from branchdesk.ui.widgets.date_line_edit import DateLineEdit

class Ui_CommitteeTab(object):
    def setupUi(self, CommitteeTab):
        if not CommitteeTab.objectName():
            CommitteeTab.setObjectName(u"CommitteeTab")
        self.grid = QGridLayout(CommitteeTab)
        self.grid.setObjectName(u"grid")
        self.termLabel = QLabel(CommitteeTab)
        self.termLabel.setObjectName(u"termLabel")

        self.grid.addWidget(self.termLabel, 0, 0, 1, 1)

        self.termCombo = QComboBox(CommitteeTab)
        self.termCombo.setObjectName(u"termCombo")

        self.grid.addWidget(self.termCombo, 0, 1, 1, 1)

        self.startsOnLabel = QLabel(CommitteeTab)
        self.startsOnLabel.setObjectName(u"startsOnLabel")

        self.grid.addWidget(self.startsOnLabel, 1, 0, 1, 1)

        self.startsOnEdit = DateLineEdit(CommitteeTab)
        self.startsOnEdit.setObjectName(u"startsOnEdit")

        self.grid.addWidget(self.startsOnEdit, 1, 1, 1, 1)

        self.startsOnError = QLabel(CommitteeTab)
        self.startsOnError.setObjectName(u"startsOnError")

        self.grid.addWidget(self.startsOnError, 2, 1, 1, 1)

        self.endsOnLabel = QLabel(CommitteeTab)
        self.endsOnLabel.setObjectName(u"endsOnLabel")

        self.grid.addWidget(self.endsOnLabel, 3, 0, 1, 1)

        self.endsOnEdit = DateLineEdit(CommitteeTab)
        self.endsOnEdit.setObjectName(u"endsOnEdit")

        self.grid.addWidget(self.endsOnEdit, 3, 1, 1, 1)

        self.endsOnError = QLabel(CommitteeTab)
        self.endsOnError.setObjectName(u"endsOnError")

        self.grid.addWidget(self.endsOnError, 4, 1, 1, 1)

        self.termNotice = QLabel(CommitteeTab)
        self.termNotice.setObjectName(u"termNotice")
        self.termNotice.setWordWrap(True)

        self.grid.addWidget(self.termNotice, 5, 1, 1, 1)

        self.seatsBox = QGroupBox(CommitteeTab)
        self.seatsBox.setObjectName(u"seatsBox")
        self.seatsLayout = QVBoxLayout(self.seatsBox)
        self.seatsLayout.setObjectName(u"seatsLayout")
        self.seatTable = QTableView(self.seatsBox)
        self.seatTable.setObjectName(u"seatTable")
        self.seatTable.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.seatsLayout.addWidget(self.seatTable)

        self.seatsError = QLabel(self.seatsBox)
        self.seatsError.setObjectName(u"seatsError")

        self.seatsLayout.addWidget(self.seatsError)

        self.seatButtons = QHBoxLayout()
        self.seatButtons.setObjectName(u"seatButtons")
        self.addSeatButton = QPushButton(self.seatsBox)
        self.addSeatButton.setObjectName(u"addSeatButton")

        self.seatButtons.addWidget(self.addSeatButton)

        self.removeSeatButton = QPushButton(self.seatsBox)
        self.removeSeatButton.setObjectName(u"removeSeatButton")

        self.seatButtons.addWidget(self.removeSeatButton)

        self.seatSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.seatButtons.addItem(self.seatSpacer)


        self.seatsLayout.addLayout(self.seatButtons)


        self.grid.addWidget(self.seatsBox, 6, 0, 1, 2)

        self.termButtons = QHBoxLayout()
        self.termButtons.setObjectName(u"termButtons")
        self.newTermButton = QPushButton(CommitteeTab)
        self.newTermButton.setObjectName(u"newTermButton")

        self.termButtons.addWidget(self.newTermButton)

        self.termSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.termButtons.addItem(self.termSpacer)

        self.saveButton = QPushButton(CommitteeTab)
        self.saveButton.setObjectName(u"saveButton")

        self.termButtons.addWidget(self.saveButton)


        self.grid.addLayout(self.termButtons, 7, 0, 1, 2)

#if QT_CONFIG(shortcut)
        self.termLabel.setBuddy(self.termCombo)
        self.startsOnLabel.setBuddy(self.startsOnEdit)
        self.endsOnLabel.setBuddy(self.endsOnEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CommitteeTab)
    # setupUi

    def retranslateUi(self, CommitteeTab):
        CommitteeTab.setWindowTitle(QCoreApplication.translate("CommitteeTab", u"Committee", None))
        self.termLabel.setText(QCoreApplication.translate("CommitteeTab", u"&Term", None))
        self.startsOnLabel.setText(QCoreApplication.translate("CommitteeTab", u"&Starts on", None))
        self.startsOnEdit.setPlaceholderText(QCoreApplication.translate("CommitteeTab", u"YYYY-MM-DD", None))
        self.startsOnError.setText("")
        self.endsOnLabel.setText(QCoreApplication.translate("CommitteeTab", u"&Ends on", None))
        self.endsOnEdit.setPlaceholderText(QCoreApplication.translate("CommitteeTab", u"YYYY-MM-DD", None))
        self.endsOnError.setText("")
        self.termNotice.setText("")
        self.seatsBox.setTitle(QCoreApplication.translate("CommitteeTab", u"Committee members and posts", None))
        self.seatsError.setText("")
        self.addSeatButton.setText(QCoreApplication.translate("CommitteeTab", u"Add member", None))
        self.removeSeatButton.setText(QCoreApplication.translate("CommitteeTab", u"Remove member", None))
        self.newTermButton.setText(QCoreApplication.translate("CommitteeTab", u"New term (election)", None))
        self.saveButton.setText(QCoreApplication.translate("CommitteeTab", u"&Save term", None))
    # retranslateUi

