# Generated from forms/review_page.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from branchdesk.ui.widgets.date_line_edit import DateLineEdit
from branchdesk.ui.widgets.grid_view import GridTableView

class Ui_ReviewPage(object):
    def setupUi(self, ReviewPage):
        if not ReviewPage.objectName():
            ReviewPage.setObjectName(u"ReviewPage")
        self.pageLayout = QVBoxLayout(ReviewPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.yearLabel = QLabel(ReviewPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.topRow.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(ReviewPage)
        self.yearCombo.setObjectName(u"yearCombo")

        self.topRow.addWidget(self.yearCombo)

        self.newRoundButton = QPushButton(ReviewPage)
        self.newRoundButton.setObjectName(u"newRoundButton")

        self.topRow.addWidget(self.newRoundButton)

        self.recycleBinCheck = QCheckBox(ReviewPage)
        self.recycleBinCheck.setObjectName(u"recycleBinCheck")

        self.topRow.addWidget(self.recycleBinCheck)

        self.deleteButton = QPushButton(ReviewPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.topRow.addWidget(self.deleteButton)

        self.restoreButton = QPushButton(ReviewPage)
        self.restoreButton.setObjectName(u"restoreButton")

        self.topRow.addWidget(self.restoreButton)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)

        self.stateLabel = QLabel(ReviewPage)
        self.stateLabel.setObjectName(u"stateLabel")

        self.topRow.addWidget(self.stateLabel)

        self.closeButton = QPushButton(ReviewPage)
        self.closeButton.setObjectName(u"closeButton")

        self.topRow.addWidget(self.closeButton)

        self.reopenButton = QPushButton(ReviewPage)
        self.reopenButton.setObjectName(u"reopenButton")

        self.topRow.addWidget(self.reopenButton)


        self.pageLayout.addLayout(self.topRow)

        self.stepsBox = QGroupBox(ReviewPage)
        self.stepsBox.setObjectName(u"stepsBox")
        self.stepsGrid = QGridLayout(self.stepsBox)
        self.stepsGrid.setObjectName(u"stepsGrid")
        self.studyOnLabel = QLabel(self.stepsBox)
        self.studyOnLabel.setObjectName(u"studyOnLabel")

        self.stepsGrid.addWidget(self.studyOnLabel, 0, 0, 1, 1)

        self.studyOnEdit = DateLineEdit(self.stepsBox)
        self.studyOnEdit.setObjectName(u"studyOnEdit")

        self.stepsGrid.addWidget(self.studyOnEdit, 0, 1, 1, 1)

        self.selfAssessmentOnLabel = QLabel(self.stepsBox)
        self.selfAssessmentOnLabel.setObjectName(u"selfAssessmentOnLabel")

        self.stepsGrid.addWidget(self.selfAssessmentOnLabel, 0, 2, 1, 1)

        self.selfAssessmentOnEdit = DateLineEdit(self.stepsBox)
        self.selfAssessmentOnEdit.setObjectName(u"selfAssessmentOnEdit")

        self.stepsGrid.addWidget(self.selfAssessmentOnEdit, 0, 3, 1, 1)

        self.peerReviewOnLabel = QLabel(self.stepsBox)
        self.peerReviewOnLabel.setObjectName(u"peerReviewOnLabel")

        self.stepsGrid.addWidget(self.peerReviewOnLabel, 0, 4, 1, 1)

        self.peerReviewOnEdit = DateLineEdit(self.stepsBox)
        self.peerReviewOnEdit.setObjectName(u"peerReviewOnEdit")

        self.stepsGrid.addWidget(self.peerReviewOnEdit, 0, 5, 1, 1)

        self.voteOnLabel = QLabel(self.stepsBox)
        self.voteOnLabel.setObjectName(u"voteOnLabel")

        self.stepsGrid.addWidget(self.voteOnLabel, 1, 0, 1, 1)

        self.voteOnEdit = DateLineEdit(self.stepsBox)
        self.voteOnEdit.setObjectName(u"voteOnEdit")

        self.stepsGrid.addWidget(self.voteOnEdit, 1, 1, 1, 1)

        self.verdictOnLabel = QLabel(self.stepsBox)
        self.verdictOnLabel.setObjectName(u"verdictOnLabel")

        self.stepsGrid.addWidget(self.verdictOnLabel, 1, 2, 1, 1)

        self.verdictOnEdit = DateLineEdit(self.stepsBox)
        self.verdictOnEdit.setObjectName(u"verdictOnEdit")

        self.stepsGrid.addWidget(self.verdictOnEdit, 1, 3, 1, 1)

        self.feedbackOnLabel = QLabel(self.stepsBox)
        self.feedbackOnLabel.setObjectName(u"feedbackOnLabel")

        self.stepsGrid.addWidget(self.feedbackOnLabel, 1, 4, 1, 1)

        self.feedbackOnEdit = DateLineEdit(self.stepsBox)
        self.feedbackOnEdit.setObjectName(u"feedbackOnEdit")

        self.stepsGrid.addWidget(self.feedbackOnEdit, 1, 5, 1, 1)

        self.noteLabel = QLabel(self.stepsBox)
        self.noteLabel.setObjectName(u"noteLabel")

        self.stepsGrid.addWidget(self.noteLabel, 2, 0, 1, 1)

        self.noteEdit = QLineEdit(self.stepsBox)
        self.noteEdit.setObjectName(u"noteEdit")

        self.stepsGrid.addWidget(self.noteEdit, 2, 1, 1, 1)

        self.participantsLabel = QLabel(self.stepsBox)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.stepsGrid.addWidget(self.participantsLabel, 2, 2, 1, 1)

        self.participantsEdit = QLineEdit(self.stepsBox)
        self.participantsEdit.setObjectName(u"participantsEdit")

        self.stepsGrid.addWidget(self.participantsEdit, 2, 3, 1, 1)

        self.confirmExcellentCheck = QCheckBox(self.stepsBox)
        self.confirmExcellentCheck.setObjectName(u"confirmExcellentCheck")

        self.stepsGrid.addWidget(self.confirmExcellentCheck, 2, 4, 1, 2)

        self.roundError = QLabel(self.stepsBox)
        self.roundError.setObjectName(u"roundError")
        self.roundError.setWordWrap(True)

        self.stepsGrid.addWidget(self.roundError, 3, 0, 1, 5)

        self.saveRoundButton = QPushButton(self.stepsBox)
        self.saveRoundButton.setObjectName(u"saveRoundButton")

        self.stepsGrid.addWidget(self.saveRoundButton, 3, 5, 1, 1)


        self.pageLayout.addWidget(self.stepsBox)

        self.summaryLabel = QLabel(ReviewPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.summaryLabel)

        self.reviewGrid = GridTableView(ReviewPage)
        self.reviewGrid.setObjectName(u"reviewGrid")
        self.reviewGrid.setEditTriggers(QAbstractItemView.AnyKeyPressed|QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed|QAbstractItemView.SelectedClicked)
        self.reviewGrid.setAlternatingRowColors(True)
        self.reviewGrid.setSelectionMode(QAbstractItemView.SingleSelection)
        self.reviewGrid.setSelectionBehavior(QAbstractItemView.SelectItems)

        self.pageLayout.addWidget(self.reviewGrid)

        self.gridError = QLabel(ReviewPage)
        self.gridError.setObjectName(u"gridError")
        self.gridError.setWordWrap(True)

        self.pageLayout.addWidget(self.gridError)

        self.hintLabel = QLabel(ReviewPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.hintLabel)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
        self.studyOnLabel.setBuddy(self.studyOnEdit)
        self.selfAssessmentOnLabel.setBuddy(self.selfAssessmentOnEdit)
        self.peerReviewOnLabel.setBuddy(self.peerReviewOnEdit)
        self.voteOnLabel.setBuddy(self.voteOnEdit)
        self.verdictOnLabel.setBuddy(self.verdictOnEdit)
        self.feedbackOnLabel.setBuddy(self.feedbackOnEdit)
        self.noteLabel.setBuddy(self.noteEdit)
        self.participantsLabel.setBuddy(self.participantsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearCombo, self.newRoundButton)
        QWidget.setTabOrder(self.newRoundButton, self.recycleBinCheck)
        QWidget.setTabOrder(self.recycleBinCheck, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.reviewGrid)
        QWidget.setTabOrder(self.reviewGrid, self.studyOnEdit)
        QWidget.setTabOrder(self.studyOnEdit, self.selfAssessmentOnEdit)
        QWidget.setTabOrder(self.selfAssessmentOnEdit, self.peerReviewOnEdit)
        QWidget.setTabOrder(self.peerReviewOnEdit, self.voteOnEdit)
        QWidget.setTabOrder(self.voteOnEdit, self.verdictOnEdit)
        QWidget.setTabOrder(self.verdictOnEdit, self.feedbackOnEdit)
        QWidget.setTabOrder(self.feedbackOnEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.participantsEdit)
        QWidget.setTabOrder(self.participantsEdit, self.confirmExcellentCheck)
        QWidget.setTabOrder(self.confirmExcellentCheck, self.saveRoundButton)

        self.retranslateUi(ReviewPage)
    # setupUi

    def retranslateUi(self, ReviewPage):
        ReviewPage.setWindowTitle(QCoreApplication.translate("ReviewPage", u"Democratic review", None))
        self.yearLabel.setText(QCoreApplication.translate("ReviewPage", u"&Year", None))
        self.newRoundButton.setText(QCoreApplication.translate("ReviewPage", u"&New round", None))
#if QT_CONFIG(tooltip)
        self.newRoundButton.setToolTip(QCoreApplication.translate("ReviewPage", u"Start the democratic review of this year (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.recycleBinCheck.setText(QCoreApplication.translate("ReviewPage", u"Recycle bin", None))
        self.deleteButton.setText(QCoreApplication.translate("ReviewPage", u"Move round to recycle bin", None))
        self.restoreButton.setText(QCoreApplication.translate("ReviewPage", u"&Restore", None))
        self.stateLabel.setText("")
        self.closeButton.setText(QCoreApplication.translate("ReviewPage", u"C&lose round", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("ReviewPage", u"Close the round once every grade and follow-up is in", None))
#endif // QT_CONFIG(tooltip)
        self.reopenButton.setText(QCoreApplication.translate("ReviewPage", u"Re&open round", None))
        self.stepsBox.setTitle(QCoreApplication.translate("ReviewPage", u"Steps of the round", None))
        self.studyOnLabel.setText(QCoreApplication.translate("ReviewPage", u"Study", None))
        self.studyOnEdit.setPlaceholderText(QCoreApplication.translate("ReviewPage", u"YYYY-MM-DD", None))
        self.selfAssessmentOnLabel.setText(QCoreApplication.translate("ReviewPage", u"Self-assessment", None))
        self.selfAssessmentOnEdit.setPlaceholderText(QCoreApplication.translate("ReviewPage", u"YYYY-MM-DD", None))
        self.peerReviewOnLabel.setText(QCoreApplication.translate("ReviewPage", u"Peer review", None))
        self.peerReviewOnEdit.setPlaceholderText(QCoreApplication.translate("ReviewPage", u"YYYY-MM-DD", None))
        self.voteOnLabel.setText(QCoreApplication.translate("ReviewPage", u"Evaluation vote", None))
        self.voteOnEdit.setPlaceholderText(QCoreApplication.translate("ReviewPage", u"YYYY-MM-DD", None))
        self.verdictOnLabel.setText(QCoreApplication.translate("ReviewPage", u"Branch verdict", None))
        self.verdictOnEdit.setPlaceholderText(QCoreApplication.translate("ReviewPage", u"YYYY-MM-DD", None))
        self.feedbackOnLabel.setText(QCoreApplication.translate("ReviewPage", u"Feedback", None))
        self.feedbackOnEdit.setPlaceholderText(QCoreApplication.translate("ReviewPage", u"YYYY-MM-DD", None))
        self.noteLabel.setText(QCoreApplication.translate("ReviewPage", u"Note", None))
        self.participantsLabel.setText(QCoreApplication.translate("ReviewPage", u"Took part in the vote", None))
        self.participantsEdit.setPlaceholderText(QCoreApplication.translate("ReviewPage", u"not recorded", None))
#if QT_CONFIG(tooltip)
        self.participantsEdit.setToolTip(QCoreApplication.translate("ReviewPage", u"\u53c2\u52a0\u6d4b\u8bc4\u4eba\u6570: no member's votes may add up to more", None))
#endif // QT_CONFIG(tooltip)
        self.confirmExcellentCheck.setText(QCoreApplication.translate("ReviewPage", u"Confirm more than one third \u4f18\u79c0", None))
#if QT_CONFIG(tooltip)
        self.confirmExcellentCheck.setToolTip(QCoreApplication.translate("ReviewPage", u"The rule allows at most one third \u4f18\u79c0; tick to confirm a higher share on purpose", None))
#endif // QT_CONFIG(tooltip)
        self.roundError.setText("")
        self.saveRoundButton.setText(QCoreApplication.translate("ReviewPage", u"&Save dates", None))
#if QT_CONFIG(tooltip)
        self.saveRoundButton.setToolTip(QCoreApplication.translate("ReviewPage", u"Save the step dates and note (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.summaryLabel.setText("")
        self.gridError.setText("")
        self.hintLabel.setText(QCoreApplication.translate("ReviewPage", u"Type in a cell to change it; Enter saves and moves down, Tab moves right. Probationary members take part without a grade.", None))
    # retranslateUi

