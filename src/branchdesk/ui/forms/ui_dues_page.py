# Generated from forms/dues_page.ui by tools/forms.py: edit the .ui file, not this one.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dues_page.ui'
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
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

from branchdesk.ui.widgets.collection_grid import CollectionGridView
from branchdesk.ui.widgets.date_line_edit import DateLineEdit

class Ui_DuesPage(object):
    def setupUi(self, DuesPage):
        if not DuesPage.objectName():
            DuesPage.setObjectName(u"DuesPage")
        self.layout = QVBoxLayout(DuesPage)
        self.layout.setObjectName(u"layout")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.yearLabel = QLabel(DuesPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.header.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(DuesPage)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.header.addWidget(self.yearSpin)

        self.summaryLabel = QLabel(DuesPage)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.header.addWidget(self.summaryLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header.addItem(self.headerSpacer)


        self.layout.addLayout(self.header)

        self.tabs = QTabWidget(DuesPage)
        self.tabs.setObjectName(u"tabs")
        self.collectTab = QWidget()
        self.collectTab.setObjectName(u"collectTab")
        self.collectLayout = QVBoxLayout(self.collectTab)
        self.collectLayout.setObjectName(u"collectLayout")
        self.collectHeader = QHBoxLayout()
        self.collectHeader.setObjectName(u"collectHeader")
        self.monthLabel = QLabel(self.collectTab)
        self.monthLabel.setObjectName(u"monthLabel")

        self.collectHeader.addWidget(self.monthLabel)

        self.monthCombo = QComboBox(self.collectTab)
        self.monthCombo.setObjectName(u"monthCombo")

        self.collectHeader.addWidget(self.monthCombo)

        self.paidOnLabel = QLabel(self.collectTab)
        self.paidOnLabel.setObjectName(u"paidOnLabel")

        self.collectHeader.addWidget(self.paidOnLabel)

        self.paidOnEdit = DateLineEdit(self.collectTab)
        self.paidOnEdit.setObjectName(u"paidOnEdit")

        self.collectHeader.addWidget(self.paidOnEdit)

        self.collectorLabel = QLabel(self.collectTab)
        self.collectorLabel.setObjectName(u"collectorLabel")

        self.collectHeader.addWidget(self.collectorLabel)

        self.collectorEdit = QLineEdit(self.collectTab)
        self.collectorEdit.setObjectName(u"collectorEdit")

        self.collectHeader.addWidget(self.collectorEdit)

        self.collectSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.collectHeader.addItem(self.collectSpacer)


        self.collectLayout.addLayout(self.collectHeader)

        self.collectHint = QLabel(self.collectTab)
        self.collectHint.setObjectName(u"collectHint")
        self.collectHint.setWordWrap(True)

        self.collectLayout.addWidget(self.collectHint)

        self.collectionTable = CollectionGridView(self.collectTab)
        self.collectionTable.setObjectName(u"collectionTable")
        self.collectionTable.setAlternatingRowColors(True)
        self.collectionTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.collectionTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.collectLayout.addWidget(self.collectionTable)

        self.collectErrorLabel = QLabel(self.collectTab)
        self.collectErrorLabel.setObjectName(u"collectErrorLabel")
        self.collectErrorLabel.setWordWrap(True)
        self.collectErrorLabel.setStyleSheet(u"color: #a93226;")

        self.collectLayout.addWidget(self.collectErrorLabel)

        self.collectButtons = QHBoxLayout()
        self.collectButtons.setObjectName(u"collectButtons")
        self.collectTotalLabel = QLabel(self.collectTab)
        self.collectTotalLabel.setObjectName(u"collectTotalLabel")

        self.collectButtons.addWidget(self.collectTotalLabel)

        self.collectButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.collectButtons.addItem(self.collectButtonSpacer)

        self.cancelCollectionButton = QPushButton(self.collectTab)
        self.cancelCollectionButton.setObjectName(u"cancelCollectionButton")

        self.collectButtons.addWidget(self.cancelCollectionButton)

        self.saveCollectionButton = QPushButton(self.collectTab)
        self.saveCollectionButton.setObjectName(u"saveCollectionButton")

        self.collectButtons.addWidget(self.saveCollectionButton)


        self.collectLayout.addLayout(self.collectButtons)

        self.tabs.addTab(self.collectTab, "")
        self.yearTab = QWidget()
        self.yearTab.setObjectName(u"yearTab")
        self.yearLayout = QVBoxLayout(self.yearTab)
        self.yearLayout.setObjectName(u"yearLayout")
        self.yearHint = QLabel(self.yearTab)
        self.yearHint.setObjectName(u"yearHint")
        self.yearHint.setWordWrap(True)

        self.yearLayout.addWidget(self.yearHint)

        self.yearTable = QTableView(self.yearTab)
        self.yearTable.setObjectName(u"yearTable")
        self.yearTable.setAlternatingRowColors(True)
        self.yearTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.yearTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.yearLayout.addWidget(self.yearTable)

        self.yearButtons = QHBoxLayout()
        self.yearButtons.setObjectName(u"yearButtons")
        self.noticeLabel = QLabel(self.yearTab)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)

        self.yearButtons.addWidget(self.noticeLabel)

        self.yearSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearButtons.addItem(self.yearSpacer)

        self.noticeButton = QPushButton(self.yearTab)
        self.noticeButton.setObjectName(u"noticeButton")

        self.yearButtons.addWidget(self.noticeButton)


        self.yearLayout.addLayout(self.yearButtons)

        self.tabs.addTab(self.yearTab, "")
        self.basesTab = QWidget()
        self.basesTab.setObjectName(u"basesTab")
        self.basesLayout = QVBoxLayout(self.basesTab)
        self.basesLayout.setObjectName(u"basesLayout")
        self.basesTable = QTableView(self.basesTab)
        self.basesTable.setObjectName(u"basesTable")
        self.basesTable.setAlternatingRowColors(True)
        self.basesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.basesTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.basesLayout.addWidget(self.basesTable)

        self.baseFields = QWidget(self.basesTab)
        self.baseFields.setObjectName(u"baseFields")
        self.baseForm = QFormLayout(self.baseFields)
        self.baseForm.setObjectName(u"baseForm")
        self.baseForm.setContentsMargins(0, 0, 0, 0)
        self.baseMemberLabel = QLabel(self.baseFields)
        self.baseMemberLabel.setObjectName(u"baseMemberLabel")

        self.baseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.baseMemberLabel)

        self.baseMemberCombo = QComboBox(self.baseFields)
        self.baseMemberCombo.setObjectName(u"baseMemberCombo")

        self.baseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.baseMemberCombo)

        self.baseFromLabel = QLabel(self.baseFields)
        self.baseFromLabel.setObjectName(u"baseFromLabel")

        self.baseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.baseFromLabel)

        self.baseFromEdit = DateLineEdit(self.baseFields)
        self.baseFromEdit.setObjectName(u"baseFromEdit")

        self.baseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.baseFromEdit)

        self.baseCategoryLabel = QLabel(self.baseFields)
        self.baseCategoryLabel.setObjectName(u"baseCategoryLabel")

        self.baseForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.baseCategoryLabel)

        self.baseCategoryCombo = QComboBox(self.baseFields)
        self.baseCategoryCombo.setObjectName(u"baseCategoryCombo")

        self.baseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.baseCategoryCombo)

        self.baseAmountLabel = QLabel(self.baseFields)
        self.baseAmountLabel.setObjectName(u"baseAmountLabel")

        self.baseForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.baseAmountLabel)

        self.baseAmountEdit = QLineEdit(self.baseFields)
        self.baseAmountEdit.setObjectName(u"baseAmountEdit")

        self.baseForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.baseAmountEdit)

        self.manualLabel = QLabel(self.baseFields)
        self.manualLabel.setObjectName(u"manualLabel")

        self.baseForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.manualLabel)

        self.manualAmountEdit = QLineEdit(self.baseFields)
        self.manualAmountEdit.setObjectName(u"manualAmountEdit")

        self.baseForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.manualAmountEdit)

        self.quarterlyLabel = QLabel(self.baseFields)
        self.quarterlyLabel.setObjectName(u"quarterlyLabel")

        self.baseForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.quarterlyLabel)

        self.quarterlyCheck = QCheckBox(self.baseFields)
        self.quarterlyCheck.setObjectName(u"quarterlyCheck")

        self.baseForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.quarterlyCheck)

        self.baseNoteLabel = QLabel(self.baseFields)
        self.baseNoteLabel.setObjectName(u"baseNoteLabel")

        self.baseForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.baseNoteLabel)

        self.baseNoteEdit = QLineEdit(self.baseFields)
        self.baseNoteEdit.setObjectName(u"baseNoteEdit")

        self.baseForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.baseNoteEdit)


        self.basesLayout.addWidget(self.baseFields)

        self.rateLabel = QLabel(self.basesTab)
        self.rateLabel.setObjectName(u"rateLabel")
        self.rateLabel.setWordWrap(True)

        self.basesLayout.addWidget(self.rateLabel)

        self.baseErrorLabel = QLabel(self.basesTab)
        self.baseErrorLabel.setObjectName(u"baseErrorLabel")
        self.baseErrorLabel.setWordWrap(True)
        self.baseErrorLabel.setStyleSheet(u"color: #a93226;")

        self.basesLayout.addWidget(self.baseErrorLabel)

        self.baseButtons = QHBoxLayout()
        self.baseButtons.setObjectName(u"baseButtons")
        self.newBaseButton = QPushButton(self.basesTab)
        self.newBaseButton.setObjectName(u"newBaseButton")

        self.baseButtons.addWidget(self.newBaseButton)

        self.baseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.baseButtons.addItem(self.baseSpacer)

        self.deleteBaseButton = QPushButton(self.basesTab)
        self.deleteBaseButton.setObjectName(u"deleteBaseButton")

        self.baseButtons.addWidget(self.deleteBaseButton)

        self.cancelBaseButton = QPushButton(self.basesTab)
        self.cancelBaseButton.setObjectName(u"cancelBaseButton")

        self.baseButtons.addWidget(self.cancelBaseButton)

        self.saveBaseButton = QPushButton(self.basesTab)
        self.saveBaseButton.setObjectName(u"saveBaseButton")

        self.baseButtons.addWidget(self.saveBaseButton)


        self.basesLayout.addLayout(self.baseButtons)

        self.tabs.addTab(self.basesTab, "")
        self.paymentsTab = QWidget()
        self.paymentsTab.setObjectName(u"paymentsTab")
        self.paymentsLayout = QVBoxLayout(self.paymentsTab)
        self.paymentsLayout.setObjectName(u"paymentsLayout")
        self.paymentsTable = QTableView(self.paymentsTab)
        self.paymentsTable.setObjectName(u"paymentsTable")
        self.paymentsTable.setAlternatingRowColors(True)
        self.paymentsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.paymentsTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.paymentsLayout.addWidget(self.paymentsTable)

        self.paymentFields = QWidget(self.paymentsTab)
        self.paymentFields.setObjectName(u"paymentFields")
        self.paymentForm = QFormLayout(self.paymentFields)
        self.paymentForm.setObjectName(u"paymentForm")
        self.paymentForm.setContentsMargins(0, 0, 0, 0)
        self.payMemberLabel = QLabel(self.paymentFields)
        self.payMemberLabel.setObjectName(u"payMemberLabel")

        self.paymentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.payMemberLabel)

        self.payMemberCombo = QComboBox(self.paymentFields)
        self.payMemberCombo.setObjectName(u"payMemberCombo")

        self.paymentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.payMemberCombo)

        self.payOnLabel = QLabel(self.paymentFields)
        self.payOnLabel.setObjectName(u"payOnLabel")

        self.paymentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.payOnLabel)

        self.payOnEdit = DateLineEdit(self.paymentFields)
        self.payOnEdit.setObjectName(u"payOnEdit")

        self.paymentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.payOnEdit)

        self.payMonthsLabel = QLabel(self.paymentFields)
        self.payMonthsLabel.setObjectName(u"payMonthsLabel")

        self.paymentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.payMonthsLabel)

        self.payMonthsEdit = QLineEdit(self.paymentFields)
        self.payMonthsEdit.setObjectName(u"payMonthsEdit")

        self.paymentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.payMonthsEdit)

        self.payAmountLabel = QLabel(self.paymentFields)
        self.payAmountLabel.setObjectName(u"payAmountLabel")

        self.paymentForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.payAmountLabel)

        self.payAmountEdit = QLineEdit(self.paymentFields)
        self.payAmountEdit.setObjectName(u"payAmountEdit")

        self.paymentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.payAmountEdit)

        self.payMethodLabel = QLabel(self.paymentFields)
        self.payMethodLabel.setObjectName(u"payMethodLabel")

        self.paymentForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.payMethodLabel)

        self.payMethodCombo = QComboBox(self.paymentFields)
        self.payMethodCombo.setObjectName(u"payMethodCombo")

        self.paymentForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.payMethodCombo)

        self.payNoteLabel = QLabel(self.paymentFields)
        self.payNoteLabel.setObjectName(u"payNoteLabel")

        self.paymentForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.payNoteLabel)

        self.payNoteEdit = QLineEdit(self.paymentFields)
        self.payNoteEdit.setObjectName(u"payNoteEdit")

        self.paymentForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.payNoteEdit)


        self.paymentsLayout.addWidget(self.paymentFields)

        self.payErrorLabel = QLabel(self.paymentsTab)
        self.payErrorLabel.setObjectName(u"payErrorLabel")
        self.payErrorLabel.setWordWrap(True)
        self.payErrorLabel.setStyleSheet(u"color: #a93226;")

        self.paymentsLayout.addWidget(self.payErrorLabel)

        self.paymentButtons = QHBoxLayout()
        self.paymentButtons.setObjectName(u"paymentButtons")
        self.newPaymentButton = QPushButton(self.paymentsTab)
        self.newPaymentButton.setObjectName(u"newPaymentButton")

        self.paymentButtons.addWidget(self.newPaymentButton)

        self.paySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.paymentButtons.addItem(self.paySpacer)

        self.deletePaymentButton = QPushButton(self.paymentsTab)
        self.deletePaymentButton.setObjectName(u"deletePaymentButton")

        self.paymentButtons.addWidget(self.deletePaymentButton)

        self.cancelPaymentButton = QPushButton(self.paymentsTab)
        self.cancelPaymentButton.setObjectName(u"cancelPaymentButton")

        self.paymentButtons.addWidget(self.cancelPaymentButton)

        self.savePaymentButton = QPushButton(self.paymentsTab)
        self.savePaymentButton.setObjectName(u"savePaymentButton")

        self.paymentButtons.addWidget(self.savePaymentButton)


        self.paymentsLayout.addLayout(self.paymentButtons)

        self.tabs.addTab(self.paymentsTab, "")
        self.handoversTab = QWidget()
        self.handoversTab.setObjectName(u"handoversTab")
        self.handoversLayout = QVBoxLayout(self.handoversTab)
        self.handoversLayout.setObjectName(u"handoversLayout")
        self.heldLabel = QLabel(self.handoversTab)
        self.heldLabel.setObjectName(u"heldLabel")
        self.heldLabel.setWordWrap(True)

        self.handoversLayout.addWidget(self.heldLabel)

        self.handoversTable = QTableView(self.handoversTab)
        self.handoversTable.setObjectName(u"handoversTable")
        self.handoversTable.setAlternatingRowColors(True)
        self.handoversTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.handoversTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.handoversLayout.addWidget(self.handoversTable)

        self.handoverFields = QWidget(self.handoversTab)
        self.handoverFields.setObjectName(u"handoverFields")
        self.handoverForm = QFormLayout(self.handoverFields)
        self.handoverForm.setObjectName(u"handoverForm")
        self.handoverForm.setContentsMargins(0, 0, 0, 0)
        self.handOnLabel = QLabel(self.handoverFields)
        self.handOnLabel.setObjectName(u"handOnLabel")

        self.handoverForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.handOnLabel)

        self.handOnEdit = DateLineEdit(self.handoverFields)
        self.handOnEdit.setObjectName(u"handOnEdit")

        self.handoverForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.handOnEdit)

        self.handPeriodLabel = QLabel(self.handoverFields)
        self.handPeriodLabel.setObjectName(u"handPeriodLabel")

        self.handoverForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.handPeriodLabel)

        self.handPeriodEdit = QLineEdit(self.handoverFields)
        self.handPeriodEdit.setObjectName(u"handPeriodEdit")

        self.handoverForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.handPeriodEdit)

        self.handAmountLabel = QLabel(self.handoverFields)
        self.handAmountLabel.setObjectName(u"handAmountLabel")

        self.handoverForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.handAmountLabel)

        self.handAmountEdit = QLineEdit(self.handoverFields)
        self.handAmountEdit.setObjectName(u"handAmountEdit")

        self.handoverForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.handAmountEdit)

        self.handReceiverLabel = QLabel(self.handoverFields)
        self.handReceiverLabel.setObjectName(u"handReceiverLabel")

        self.handoverForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.handReceiverLabel)

        self.handReceiverEdit = QLineEdit(self.handoverFields)
        self.handReceiverEdit.setObjectName(u"handReceiverEdit")

        self.handoverForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.handReceiverEdit)

        self.handNoteLabel = QLabel(self.handoverFields)
        self.handNoteLabel.setObjectName(u"handNoteLabel")

        self.handoverForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.handNoteLabel)

        self.handNoteEdit = QLineEdit(self.handoverFields)
        self.handNoteEdit.setObjectName(u"handNoteEdit")

        self.handoverForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.handNoteEdit)


        self.handoversLayout.addWidget(self.handoverFields)

        self.handErrorLabel = QLabel(self.handoversTab)
        self.handErrorLabel.setObjectName(u"handErrorLabel")
        self.handErrorLabel.setWordWrap(True)
        self.handErrorLabel.setStyleSheet(u"color: #a93226;")

        self.handoversLayout.addWidget(self.handErrorLabel)

        self.handoverButtons = QHBoxLayout()
        self.handoverButtons.setObjectName(u"handoverButtons")
        self.newHandoverButton = QPushButton(self.handoversTab)
        self.newHandoverButton.setObjectName(u"newHandoverButton")

        self.handoverButtons.addWidget(self.newHandoverButton)

        self.handSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.handoverButtons.addItem(self.handSpacer)

        self.deleteHandoverButton = QPushButton(self.handoversTab)
        self.deleteHandoverButton.setObjectName(u"deleteHandoverButton")

        self.handoverButtons.addWidget(self.deleteHandoverButton)

        self.cancelHandoverButton = QPushButton(self.handoversTab)
        self.cancelHandoverButton.setObjectName(u"cancelHandoverButton")

        self.handoverButtons.addWidget(self.cancelHandoverButton)

        self.saveHandoverButton = QPushButton(self.handoversTab)
        self.saveHandoverButton.setObjectName(u"saveHandoverButton")

        self.handoverButtons.addWidget(self.saveHandoverButton)


        self.handoversLayout.addLayout(self.handoverButtons)

        self.tabs.addTab(self.handoversTab, "")

        self.layout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.monthLabel.setBuddy(self.monthCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearSpin, self.tabs)
        QWidget.setTabOrder(self.tabs, self.monthCombo)
        QWidget.setTabOrder(self.monthCombo, self.paidOnEdit)
        QWidget.setTabOrder(self.paidOnEdit, self.collectorEdit)
        QWidget.setTabOrder(self.collectorEdit, self.collectionTable)
        QWidget.setTabOrder(self.collectionTable, self.cancelCollectionButton)
        QWidget.setTabOrder(self.cancelCollectionButton, self.saveCollectionButton)
        QWidget.setTabOrder(self.saveCollectionButton, self.baseMemberCombo)
        QWidget.setTabOrder(self.baseMemberCombo, self.baseFromEdit)
        QWidget.setTabOrder(self.baseFromEdit, self.baseCategoryCombo)
        QWidget.setTabOrder(self.baseCategoryCombo, self.baseAmountEdit)
        QWidget.setTabOrder(self.baseAmountEdit, self.manualAmountEdit)
        QWidget.setTabOrder(self.manualAmountEdit, self.quarterlyCheck)
        QWidget.setTabOrder(self.quarterlyCheck, self.baseNoteEdit)
        QWidget.setTabOrder(self.baseNoteEdit, self.saveBaseButton)
        QWidget.setTabOrder(self.saveBaseButton, self.payMemberCombo)
        QWidget.setTabOrder(self.payMemberCombo, self.payOnEdit)
        QWidget.setTabOrder(self.payOnEdit, self.payMonthsEdit)
        QWidget.setTabOrder(self.payMonthsEdit, self.payAmountEdit)
        QWidget.setTabOrder(self.payAmountEdit, self.payMethodCombo)
        QWidget.setTabOrder(self.payMethodCombo, self.payNoteEdit)
        QWidget.setTabOrder(self.payNoteEdit, self.savePaymentButton)
        QWidget.setTabOrder(self.savePaymentButton, self.handOnEdit)
        QWidget.setTabOrder(self.handOnEdit, self.handPeriodEdit)
        QWidget.setTabOrder(self.handPeriodEdit, self.handAmountEdit)
        QWidget.setTabOrder(self.handAmountEdit, self.handReceiverEdit)
        QWidget.setTabOrder(self.handReceiverEdit, self.handNoteEdit)
        QWidget.setTabOrder(self.handNoteEdit, self.saveHandoverButton)

        self.retranslateUi(DuesPage)
    # setupUi

    def retranslateUi(self, DuesPage):
        DuesPage.setWindowTitle(QCoreApplication.translate("DuesPage", u"Party dues", None))
        self.yearLabel.setText(QCoreApplication.translate("DuesPage", u"&Year", None))
        self.summaryLabel.setText("")
        self.monthLabel.setText(QCoreApplication.translate("DuesPage", u"&Month", None))
        self.paidOnLabel.setText(QCoreApplication.translate("DuesPage", u"Paid on", None))
        self.collectorLabel.setText(QCoreApplication.translate("DuesPage", u"Collected by", None))
        self.collectHint.setText(QCoreApplication.translate("DuesPage", u"Each member's row is prefilled with what he owes this month. Enter confirms the amount and moves down; type another amount first to change it; Ctrl+S saves the confirmed rows as payments.", None))
        self.collectErrorLabel.setText("")
        self.collectTotalLabel.setText("")
        self.cancelCollectionButton.setText(QCoreApplication.translate("DuesPage", u"Cancel", None))
#if QT_CONFIG(tooltip)
        self.cancelCollectionButton.setToolTip(QCoreApplication.translate("DuesPage", u"Discard the confirmed amounts (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.saveCollectionButton.setText(QCoreApplication.translate("DuesPage", u"&Save the month's collection", None))
        self.tabs.setTabText(self.tabs.indexOf(self.collectTab), QCoreApplication.translate("DuesPage", u"Monthly collection", None))
        self.yearHint.setText(QCoreApplication.translate("DuesPage", u"Each member's base, rate and monthly amount, what the year's months owed come to, what was paid towards them and how many months are in arrears.", None))
        self.noticeLabel.setText("")
        self.noticeButton.setText(QCoreApplication.translate("DuesPage", u"Publish the year's &notice\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.yearTab), QCoreApplication.translate("DuesPage", u"Year", None))
        self.baseMemberLabel.setText(QCoreApplication.translate("DuesPage", u"Member", None))
        self.baseFromLabel.setText(QCoreApplication.translate("DuesPage", u"Applies from", None))
        self.baseCategoryLabel.setText(QCoreApplication.translate("DuesPage", u"Category", None))
        self.baseAmountLabel.setText(QCoreApplication.translate("DuesPage", u"Monthly base (yuan)", None))
        self.baseAmountEdit.setPlaceholderText(QCoreApplication.translate("DuesPage", u"after-tax pay or pension, e.g. 6835.50", None))
        self.manualLabel.setText(QCoreApplication.translate("DuesPage", u"Approved amount (yuan)", None))
        self.manualAmountEdit.setPlaceholderText(QCoreApplication.translate("DuesPage", u"only where the upper level approved one", None))
        self.quarterlyLabel.setText(QCoreApplication.translate("DuesPage", u"Quarterly", None))
        self.quarterlyCheck.setText(QCoreApplication.translate("DuesPage", u"Pays once a quarter, as agreed", None))
        self.baseNoteLabel.setText(QCoreApplication.translate("DuesPage", u"Note", None))
        self.rateLabel.setText("")
        self.baseErrorLabel.setText("")
        self.newBaseButton.setText(QCoreApplication.translate("DuesPage", u"&New base", None))
        self.deleteBaseButton.setText(QCoreApplication.translate("DuesPage", u"Move to recycle bin", None))
        self.cancelBaseButton.setText(QCoreApplication.translate("DuesPage", u"Cancel", None))
#if QT_CONFIG(tooltip)
        self.cancelBaseButton.setToolTip(QCoreApplication.translate("DuesPage", u"Put back what was saved (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.saveBaseButton.setText(QCoreApplication.translate("DuesPage", u"Save &base", None))
        self.tabs.setTabText(self.tabs.indexOf(self.basesTab), QCoreApplication.translate("DuesPage", u"Bases", None))
        self.payMemberLabel.setText(QCoreApplication.translate("DuesPage", u"Member", None))
        self.payOnLabel.setText(QCoreApplication.translate("DuesPage", u"Paid on", None))
        self.payMonthsLabel.setText(QCoreApplication.translate("DuesPage", u"Months covered", None))
        self.payMonthsEdit.setPlaceholderText(QCoreApplication.translate("DuesPage", u"2026-01 to 2026-03, or 2026-11, 2026-12", None))
        self.payAmountLabel.setText(QCoreApplication.translate("DuesPage", u"Amount (yuan)", None))
        self.payMethodLabel.setText(QCoreApplication.translate("DuesPage", u"Paid by", None))
        self.payNoteLabel.setText(QCoreApplication.translate("DuesPage", u"Note", None))
        self.payErrorLabel.setText("")
        self.newPaymentButton.setText(QCoreApplication.translate("DuesPage", u"New &payment", None))
        self.deletePaymentButton.setText(QCoreApplication.translate("DuesPage", u"Move to recycle bin", None))
        self.cancelPaymentButton.setText(QCoreApplication.translate("DuesPage", u"Cancel", None))
#if QT_CONFIG(tooltip)
        self.cancelPaymentButton.setToolTip(QCoreApplication.translate("DuesPage", u"Put back what was saved (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.savePaymentButton.setText(QCoreApplication.translate("DuesPage", u"&Save payment", None))
        self.tabs.setTabText(self.tabs.indexOf(self.paymentsTab), QCoreApplication.translate("DuesPage", u"Payments", None))
        self.heldLabel.setText("")
        self.handOnLabel.setText(QCoreApplication.translate("DuesPage", u"Handed over on", None))
        self.handPeriodLabel.setText(QCoreApplication.translate("DuesPage", u"Period", None))
        self.handPeriodEdit.setPlaceholderText(QCoreApplication.translate("DuesPage", u"e.g. 2026\u5e74\u7b2c\u4e00\u5b63\u5ea6", None))
        self.handAmountLabel.setText(QCoreApplication.translate("DuesPage", u"Amount (yuan)", None))
        self.handReceiverLabel.setText(QCoreApplication.translate("DuesPage", u"Received by", None))
        self.handNoteLabel.setText(QCoreApplication.translate("DuesPage", u"Note", None))
        self.handErrorLabel.setText("")
        self.newHandoverButton.setText(QCoreApplication.translate("DuesPage", u"New &hand-over", None))
        self.deleteHandoverButton.setText(QCoreApplication.translate("DuesPage", u"Move to recycle bin", None))
        self.cancelHandoverButton.setText(QCoreApplication.translate("DuesPage", u"Cancel", None))
#if QT_CONFIG(tooltip)
        self.cancelHandoverButton.setToolTip(QCoreApplication.translate("DuesPage", u"Put back what was saved (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.saveHandoverButton.setText(QCoreApplication.translate("DuesPage", u"&Save hand-over", None))
        self.tabs.setTabText(self.tabs.indexOf(self.handoversTab), QCoreApplication.translate("DuesPage", u"Hand-over", None))
    # retranslateUi

