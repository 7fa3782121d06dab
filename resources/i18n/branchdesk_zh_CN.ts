<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionTable</name>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>BranchDesk</source>
        <translation>支部工作台</translation>
    </message>
    <message>
        <source>BranchDesk is already open for this data folder:
{folder}</source>
        <translation>支部工作台已经打开了这个数据文件夹：
{folder}</translation>
    </message>
    <message>
        <source>Opening your records…</source>
        <translation>正在打开数据…</translation>
    </message>
</context>
<context>
    <name>AttendanceGrid</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>表决权</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Reason for leave</source>
        <translation>请假事由</translation>
    </message>
    <message>
        <source>Full member</source>
        <translation>正式党员</translation>
    </message>
    <message>
        <source>Probationary (no vote)</source>
        <translation>预备党员（无表决权）</translation>
    </message>
    <message>
        <source>Not expected</source>
        <translation>非应到人员</translation>
    </message>
</context>
<context>
    <name>BackupTable</name>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>Data and backups</source>
        <translation>数据与备份</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>BranchDesk backs up the data and attachments when it closes and once a day while it runs, keeping the last ten backups and one a month for a year.</source>
        <translation>支部工作台在关闭时以及运行期间每天一次自动备份数据和附件，保留最近十份备份，并保留一年内每月一份。</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>恢复所选备份(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>从文件恢复(&amp;F)…</translation>
    </message>
    <message>
        <source>Second backup place</source>
        <translation>第二备份位置</translation>
    </message>
    <message>
        <source>Every backup is also copied to this folder whenever it is there: a USB stick or a network folder keeps the records if this computer&apos;s disk fails.</source>
        <translation>每次备份时，只要这个文件夹可以访问，就会再复制一份到这里：放在U盘或网络文件夹里，这台电脑的硬盘坏了，记录也不会丢。</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Stop copying</source>
        <translation>不再复制</translation>
    </message>
    <message>
        <source>Export, import and check</source>
        <translation>导出、导入与检查</translation>
    </message>
    <message>
        <source>An export archive holds every record as documented JSON and every attachment; it can be imported into an empty data folder. A roster from Excel or CSV adds members.</source>
        <translation>导出归档以有文档说明的 JSON 保存全部记录和附件，可导入到空的数据文件夹。从 Excel 或 CSV 花名册可批量添加党员。</translation>
    </message>
    <message>
        <source>&amp;Export archive…</source>
        <translation>导出归档(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import archive…</source>
        <translation>导入归档(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;roster…</source>
        <translation>导入花名册(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Check the data</source>
        <translation>检查数据(&amp;C)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Move the data folder…</source>
        <translation>移动数据文件夹…</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip 归档 (*.zip)</translation>
    </message>
    <message>
        <source>The data is in {folder}.</source>
        <translation>数据保存在 {folder}。</translation>
    </message>
    <message>
        <source>Move the data folder to</source>
        <translation>将数据文件夹移动到</translation>
    </message>
    <message>
        <source>Moving the data folder…</source>
        <translation>正在移动数据文件夹…</translation>
    </message>
    <message>
        <source>Move the data folder</source>
        <translation>移动数据文件夹</translation>
    </message>
    <message>
        <source>The data was copied to {folder}. Close BranchDesk and start it again to work there; the old folder keeps its files and leads to the new one.</source>
        <translation>数据已复制到 {folder}。请关闭支部工作台后重新启动，即在新位置工作；原文件夹保留原有文件，并指向新位置。</translation>
    </message>
    <message>
        <source>No second place chosen.</source>
        <translation>未选择第二备份位置。</translation>
    </message>
    <message>
        <source>last copy {time}</source>
        <translation>最近一次复制于 {time}</translation>
    </message>
    <message>
        <source>no copy yet</source>
        <translation>尚未复制过</translation>
    </message>
    <message>
        <source>reachable now</source>
        <translation>现在可以访问</translation>
    </message>
    <message>
        <source>not reachable now</source>
        <translation>现在无法访问</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation>已备份到 {file}。</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>从备份文件恢复</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace all records and attachments with those of {file}?

The current data is backed up first, so this restore can itself be undone.</source>
        <translation>用 {file} 中的记录和附件替换当前全部数据？

当前数据会先备份，因此这次恢复本身也可以撤销。</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>Restored. The data as it was before is in the backup {file}.</source>
        <translation>已恢复。恢复前的数据保存在备份 {file} 中。</translation>
    </message>
    <message>
        <source>Left out, as BranchDesk did not write them: {files}</source>
        <translation>未写入以下不是支部工作台写的文件：{files}</translation>
    </message>
    <message>
        <source>Export archive</source>
        <translation>导出归档</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Exported to {file}.</source>
        <translation>已导出到 {file}。</translation>
    </message>
    <message>
        <source>Import archive</source>
        <translation>导入归档</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Imported {count} records.</source>
        <translation>已导入 {count} 条记录。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Check the data</source>
        <translation>检查数据</translation>
    </message>
    <message>
        <source>All is well: the database and every attachment are intact.</source>
        <translation>一切正常：数据库和所有附件均完好。</translation>
    </message>
</context>
<context>
    <name>BranchPage</name>
    <message>
        <source>Your branch</source>
        <translation>支部信息</translation>
    </message>
    <message>
        <source>Its full name as it appears on documents, and who it reports to.</source>
        <translation>填写公文中使用的支部全称及上级党组织。</translation>
    </message>
</context>
<context>
    <name>BranchProfile</name>
    <message>
        <source>Branch</source>
        <translation>支部信息</translation>
    </message>
    <message>
        <source>Branch &amp;name</source>
        <translation>支部名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Founded on</source>
        <translation>成立日期(&amp;F)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>例如 2019-07-01</translation>
    </message>
    <message>
        <source>&amp;Records kept in BranchDesk from</source>
        <translation>开始使用本软件记录的日期(&amp;R)</translation>
    </message>
    <message>
        <source>The rules judge no month, quarter or year that starts before this day</source>
        <translation>此日期之前开始的月份、季度和年度不评估</translation>
    </message>
    <message>
        <source>&amp;Upper-level committee</source>
        <translation>上级党组织(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <source>Party-building &amp;instructor</source>
        <translation>党建工作指导员(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Liaison</source>
        <translation>联络员(&amp;L)</translation>
    </message>
    <message>
        <source>Head of the &amp;organisation</source>
        <translation>社会组织负责人(&amp;O)</translation>
    </message>
    <message>
        <source>Head&apos;s p&amp;hone</source>
        <translation>负责人电话(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check the data</source>
        <translation>检查数据</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>再次检查(&amp;A)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>{count} problems found; {rules} are questions of the rules, which do not stop a backup from being restored.</source>
        <translation>发现 {count} 个问题；其中 {rules} 个是规则提出的疑问，不妨碍还原备份。</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Figures changed</source>
        <translation>数据已变化</translation>
    </message>
    <message>
        <source>Still to fill in</source>
        <translation>待填写</translation>
    </message>
    <message>
        <source>Review unfinished</source>
        <translation>民主评议未完成</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Implausible figure</source>
        <translation>数据不合理</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <source>Not checked yet: the check runs before every export and print.</source>
        <translation>尚未检查：每次导出和打印前都会检查。</translation>
    </message>
    <message>
        <source>Checked on {day}: {count} things to look at before it is signed.</source>
        <translation>{day}检查：送审前有{count}项需要查看。</translation>
    </message>
    <message>
        <source>Checked on {day}: nothing to look at.</source>
        <translation>{day}检查：没有需要查看的内容。</translation>
    </message>
    <message>
        <source>Check before submitting</source>
        <translation>送审前检查</translation>
    </message>
    <message>
        <source>The check lists {count} things to look at before the report is signed.</source>
        <translation>送审前检查列出{count}项需要查看的内容。</translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>查看清单</translation>
    </message>
</context>
<context>
    <name>CheckTable</name>
    <message>
        <source>Invalid record</source>
        <translation>记录无效</translation>
    </message>
    <message>
        <source>Questioned by a rule</source>
        <translation>规则提出疑问</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Demo branch written to {folder}: {members} members.</source>
        <translation>演示支部已写入 {folder}：{members} 名党员。</translation>
    </message>
    <message>
        <source>Backup written to {file}.</source>
        <translation>已备份到 {file}。</translation>
    </message>
    <message>
        <source>Restored {file}. The previous state was backed up to {undo}.</source>
        <translation>已从 {file} 恢复。恢复前的数据已备份到 {undo}。</translation>
    </message>
    <message>
        <source>Skipped {count} files BranchDesk did not write: {files}</source>
        <translation>未写入 {count} 个不是支部工作台写的文件：{files}</translation>
    </message>
    <message>
        <source>Exported {count} records to {file}.</source>
        <translation>已导出 {count} 条记录到 {file}。</translation>
    </message>
    <message>
        <source>Imported {count} records from {file}.</source>
        <translation>已从 {file} 导入 {count} 条记录。</translation>
    </message>
    <message>
        <source>No match.</source>
        <translation>没有找到。</translation>
    </message>
    <message>
        <source>All is well: the database and every attachment are intact.</source>
        <translation>一切正常：数据文件和每个附件都完好。</translation>
    </message>
    <message>
        <source>Report for {year} written to {file}.</source>
        <translation>{year}年度述职报告已写入 {file}。</translation>
    </message>
    <message>
        <source>Report for {year} written to {file}, {pages} pages.</source>
        <translation>{year}年度述职报告已写入 {file}，共 {pages} 页。</translation>
    </message>
    <message>
        <source>Ledgers for {year} written to {file}: {count} sheets.</source>
        <translation>{year}年度台账已写入 {file}：共 {count} 个工作表。</translation>
    </message>
</context>
<context>
    <name>CommitteeTab</name>
    <message>
        <source>Committee</source>
        <translation>支委会</translation>
    </message>
    <message>
        <source>&amp;Term</source>
        <translation>届次(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Starts on</source>
        <translation>选举日期(&amp;X)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>例如 2019-07-01</translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation>届满日期(&amp;E)</translation>
    </message>
    <message>
        <source>Committee members and posts</source>
        <translation>支委会成员及分工</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>添加委员</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>移除委员</translation>
    </message>
    <message>
        <source>New term (election)</source>
        <translation>新一届（换届）</translation>
    </message>
    <message>
        <source>&amp;Save term</source>
        <translation>保存本届(&amp;S)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>委员</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>The committee term shown has changes that are not saved yet. Save them?</source>
        <translation>当前届次有尚未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <source>No committee term is recorded yet.</source>
        <translation>尚未登记支委会届次。</translation>
    </message>
    <message>
        <source>This term ended on {date}: an election is due.</source>
        <translation>本届任期已于 {date} 届满，应及时换届。</translation>
    </message>
    <message>
        <source>This term ends on {date}: prepare the election.</source>
        <translation>本届任期将于 {date} 届满，请提前做好换届准备。</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>BranchDesk</source>
        <translation>支部工作台</translation>
    </message>
    <message>
        <source>Something went wrong that BranchDesk did not expect.</source>
        <translation>出错了：支部工作台遇到了意外错误。</translation>
    </message>
    <message>
        <source>Something went wrong that BranchDesk did not expect. What happened is written in the log file:
{path}
Your saved records are not affected.</source>
        <translation>出错了：支部工作台遇到了意外错误。详细经过已记入日志文件：
{path}
已保存的记录不受影响。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月(&amp;1)</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度(&amp;2)</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年度(&amp;3)</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>上年度(&amp;4)</translation>
    </message>
    <message>
        <source>Show &amp;met and not applicable items</source>
        <translation>显示已完成和不适用的事项(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Record it now…</source>
        <translation>立即登记(&amp;R)…</translation>
    </message>
    <message>
        <source>Open a new record of the right kind, prefilled, for the selected item (Enter)</source>
        <translation>为所选事项新建相应记录，并预先填好（回车）</translation>
    </message>
    <message>
        <source>Meetings held and due, by month</source>
        <translation>各月会议：已开与应开</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已开</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应开</translation>
    </message>
    <message>
        <source>Attendance rate, by month</source>
        <translation>各月出席率</translation>
    </message>
    <message>
        <source>Judged from {day}, when the branch began keeping its records in BranchDesk; earlier months are not judged.</source>
        <translation>自{day}开始使用本软件记录，此前的月份不评估。</translation>
    </message>
    <message>
        <source>No backup has been copied to the second backup place ({folder}) yet: connect it and back up (Settings → Data and backups).</source>
        <translation>还没有备份复制到第二备份位置（{folder}）：请连接后进行备份（设置 → 数据与备份）。</translation>
    </message>
    <message>
        <source>The last backup copied to the second backup place ({folder}) is from {date}, more than a month ago: connect it and back up (Settings → Data and backups).</source>
        <translation>第二备份位置（{folder}）中最近的备份是 {date} 复制的，已超过一个月：请连接后进行备份（设置 → 数据与备份）。</translation>
    </message>
    <message>
        <source>Members today</source>
        <translation>在册党员</translation>
    </message>
    <message>
        <source>Meetings held / due this year</source>
        <translation>本年会议 已开/应开</translation>
    </message>
    <message>
        <source>Attendance this year</source>
        <translation>本年出席率</translation>
    </message>
    <message>
        <source>Study hours this year</source>
        <translation>本年学时合计</translation>
    </message>
    <message>
        <source>Volunteer hours this year</source>
        <translation>本年志愿服务时长</translation>
    </message>
    <message numerus="yes">
        <source>Overdue this year: %n</source>
        <translation>
            <numerusform>本年度有 %n 项逾期未完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; due soon: %n</source>
        <translation>
            <numerusform>；%n 项即将到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing overdue; due soon: %n</source>
        <translation>
            <numerusform>没有逾期事项；%n 项即将到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overdue this year</source>
        <translation>本年度没有逾期事项</translation>
    </message>
    <message numerus="yes">
        <source>; last year left %n undone</source>
        <translation>
            <numerusform>；上年度还有 %n 项未完成</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataLocation</name>
    <message>
        <source>it is on a network drive or share, where SQLite&apos;s locking does not work reliably</source>
        <translation>它位于网络驱动器或共享文件夹上，数据库的文件锁在此无法可靠工作</translation>
    </message>
    <message>
        <source>it is in a folder a sync client (OneDrive, 坚果云, 百度网盘 …) uploads, which can copy the database half-written</source>
        <translation>它位于同步盘（OneDrive、坚果云、百度网盘等）上传的文件夹中，数据库可能在写入一半时被上传</translation>
    </message>
    <message>
        <source>This is not a safe place for the records: {reason}. Records may be lost or the file damaged. Move the data folder to this PC&apos;s own disk in Settings → Data and backups.</source>
        <translation>此位置不适合保存记录：{reason}。记录可能丢失，文件可能损坏。请在 设置 → 数据与备份 中把数据文件夹移到本机磁盘。</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>The data is in {folder}.</source>
        <translation>数据保存在 {folder}。</translation>
    </message>
</context>
<context>
    <name>DuesPage</name>
    <message>
        <source>Party dues</source>
        <translation>党费</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>Monthly collection</source>
        <translation>按月收缴(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>交纳日期</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>Each member&apos;s row is prefilled with what he owes this month. Enter confirms the amount and moves down; type another amount first to change it; Ctrl+S saves the confirmed rows as payments.</source>
        <translation>每行已按该党员本月应交金额预填。按回车确认并移到下一行；如金额不同，先输入实收金额再按回车；Ctrl+S 将已确认的各行保存为交纳记录。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard the confirmed amounts (Esc)</source>
        <translation>放弃已确认的金额（Esc）</translation>
    </message>
    <message>
        <source>&amp;Save the month&apos;s collection</source>
        <translation>保存本月收缴(&amp;S)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度汇总(&amp;2)</translation>
    </message>
    <message>
        <source>Each member&apos;s base, rate and monthly amount, what the year&apos;s months owed come to, what was paid towards them and how many months are in arrears.</source>
        <translation>每名党员的交纳基数、比例和月交纳额，本年应交月份合计应交、已交金额及欠交月数。</translation>
    </message>
    <message>
        <source>Publish the year&apos;s &amp;notice…</source>
        <translation>生成年度收缴公示(&amp;N)…</translation>
    </message>
    <message>
        <source>Bases</source>
        <translation>交纳基数(&amp;3)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Monthly base (yuan)</source>
        <translation>月交纳基数（元）</translation>
    </message>
    <message>
        <source>after-tax pay or pension, e.g. 6835.50</source>
        <translation>税后工资或退休金，如 6835.50</translation>
    </message>
    <message>
        <source>Approved amount (yuan)</source>
        <translation>批准定额（元）</translation>
    </message>
    <message>
        <source>only where the upper level approved one</source>
        <translation>仅限上级党组织批准的定额</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>按季交纳</translation>
    </message>
    <message>
        <source>Pays once a quarter, as agreed</source>
        <translation>经同意按季度交纳</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;New base</source>
        <translation>新增基数(&amp;N)</translation>
    </message>
    <message>
        <source>Move to recycle bin</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <source>Put back what was saved (Esc)</source>
        <translation>放弃未保存的修改，恢复已保存的内容（Esc）</translation>
    </message>
    <message>
        <source>Save &amp;base</source>
        <translation>保存基数(&amp;B)</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>交纳记录(&amp;4)</translation>
    </message>
    <message>
        <source>Months covered</source>
        <translation>所交月份</translation>
    </message>
    <message>
        <source>2026-01 to 2026-03, or 2026-11, 2026-12</source>
        <translation>如 2026-01 至 2026-03，或 2026-11, 2026-12</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>交纳方式</translation>
    </message>
    <message>
        <source>New &amp;payment</source>
        <translation>新增交纳(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save payment</source>
        <translation>保存交纳(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save hand-over</source>
        <translation>保存上缴(&amp;S)</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>上缴(&amp;5)</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>上缴日期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>所属期间</translation>
    </message>
    <message>
        <source>e.g. 2026年第一季度</source>
        <translation>如 2026年第一季度</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <source>New &amp;hand-over</source>
        <translation>新增上缴(&amp;H)</translation>
    </message>
    <message>
        <source>The base typed is not saved yet. Save it?</source>
        <translation>交纳基数尚未保存，是否保存？</translation>
    </message>
    <message>
        <source>The payment typed is not saved yet. Save it?</source>
        <translation>交纳记录尚未保存，是否保存？</translation>
    </message>
    <message>
        <source>The hand-over typed is not saved yet. Save it?</source>
        <translation>上缴记录尚未保存，是否保存？</translation>
    </message>
    <message>
        <source>The notice lists each member&apos;s monthly amount, what was due and paid and the months in arrears; the bases (pay) are not published.</source>
        <translation>公示列出每名党员的月交纳额、应交、实交和欠交月数，不公开交纳基数（工资收入）。</translation>
    </message>
    <message>
        <source>Amounts confirmed for the month are not saved yet. Save them?</source>
        <translation>本月已确认的收缴金额尚未保存，是否保存？</translation>
    </message>
    <message numerus="yes">
        <source>Due %1 yuan · paid towards the year %2 · collected in the year %5 · handed over %3 · held %4 · in arrears: %n</source>
        <translation>
            <numerusform>本年应交%1元 · 实交%2元 · 本年收缴%5元 · 上缴%3元 · 结存%4元 · 欠交%n人</numerusform>
        </translation>
    </message>
    <message>
        <source>Collected this year %1 yuan, handed over %2; still held %3.</source>
        <translation>本年收缴%1元，已上缴%2元；支部尚存%3元。</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed: %n, %1 yuan</source>
        <translation>
            <numerusform>已确认%n人，共%1元</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm at least one member&apos;s amount (Enter) and give the day paid.</source>
        <translation>请至少确认一名党员的金额（按回车），并填写交纳日期。</translation>
    </message>
    <message>
        <source>Save the notice</source>
        <translation>保存公示</translation>
    </message>
    <message>
        <source>Building the notice…</source>
        <translation>正在生成公示…</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>公示</translation>
    </message>
</context>
<context>
    <name>DuesRatesTab</name>
    <message>
        <source>Dues rates</source>
        <translation>党费标准</translation>
    </message>
    <message>
        <source>The dues rates of the rule set: double-click a cell to change a band&apos;s upper limit, its rate or its fixed amount, then Save. One rate applies to the whole base.</source>
        <translation>规则集中的党费标准：双击单元格可修改某一档的基数上限、比例或固定金额，改完后点“保存”。同一比例适用于全部基数，不分段累进。</translation>
    </message>
    <message>
        <source>Leave with a reason counts as taking part in organisational life (the six-month reminder)</source>
        <translation>请假并说明理由的视为参加组织生活（用于连续6个月未参加组织生活的提醒）</translation>
    </message>
    <message>
        <source>&amp;Restore the default rates</source>
        <translation>恢复默认标准(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the rates and the choice above (Ctrl+S)</source>
        <translation>保存党费标准和上面的选择（Ctrl+S）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Base up to (yuan)</source>
        <translation>基数上限（元）</translation>
    </message>
    <message>
        <source>Rate of the whole base</source>
        <translation>比例（按全部基数）</translation>
    </message>
    <message>
        <source>Fixed a month (yuan)</source>
        <translation>固定金额（元/月）</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Give the upper limit in yuan, e.g. 5000 or 5000.50, or leave it empty.</source>
        <translation>请填写基数上限（元），如 5000 或 5000.50；不设上限则留空。</translation>
    </message>
    <message>
        <source>Give the rate as a percentage of the whole base, e.g. 1.5 (for 1.5%).</source>
        <translation>请填写占全部基数的百分比，如 1.5（即1.5%）。</translation>
    </message>
    <message>
        <source>Give a fixed amount in yuan, e.g. 0.20, or leave it empty.</source>
        <translation>请填写每月固定金额（元），如 0.20，或留空。</translation>
    </message>
    <message>
        <source>The dues rates have changes that are not saved yet. Save them?</source>
        <translation>党费标准有尚未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <source>{category}, band {band}</source>
        <translation>{category}第{band}档</translation>
    </message>
</context>
<context>
    <name>DuesTables</name>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已交</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Owes a month</source>
        <translation>本月应交</translation>
    </message>
    <message>
        <source>no base</source>
        <translation>未核定基数</translation>
    </message>
    <message>
        <source>Paid before</source>
        <translation>此前已交</translation>
    </message>
    <message>
        <source>Paying now (yuan)</source>
        <translation>实收（元）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>approved amount</source>
        <translation>批准定额</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Monthly base</source>
        <translation>月基数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>月应交</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应交</translation>
    </message>
    <message>
        <source>Months in arrears</source>
        <translation>欠交月数</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Approved amount</source>
        <translation>批准定额</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>按季</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>交纳日期</translation>
    </message>
    <message>
        <source>Months covered</source>
        <translation>所交月份</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>交纳方式</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>上缴日期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>所属期间</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接收单位</translation>
    </message>
</context>
<context>
    <name>EventsTable</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>调入党小组</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Save the record first, then add files.</source>
        <translation>请先保存记录，再添加文件。</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>添加佐证材料</translation>
    </message>
    <message>
        <source>Images and documents (*.*)</source>
        <translation>图片和文档 (*.*)</translation>
    </message>
    <message>
        <source>Changed evidence</source>
        <translation>佐证材料已修改</translation>
    </message>
    <message>
        <source>“{name}” was changed and saved after it was opened. Keep the changed file as a new evidence file of the record? The original stays as it was.</source>
        <translation>“{name}”打开后已被修改并保存。是否将修改后的文件保存为本记录新的佐证材料？原有文件保持不变。</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>删除佐证材料</translation>
    </message>
    <message>
        <source>Remove “{name}” from this record? The file is deleted and cannot be recovered.</source>
        <translation>要从本记录中删除“{name}”吗？文件将被彻底删除，无法恢复。</translation>
    </message>
</context>
<context>
    <name>FileWritten</name>
    <message>
        <source>Written to {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>The language changes the next time BranchDesk starts.</source>
        <translation>更改语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Party groups</source>
        <translation>党小组</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <source>Party groups</source>
        <translation>党小组</translation>
    </message>
    <message>
        <source>Party groups and their leaders. Double-click a cell to edit, then Save.</source>
        <translation>党小组及其组长。双击单元格修改，改完点“保存”。</translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <translation>添加党小组(&amp;A)</translation>
    </message>
    <message>
        <source>Move to recycle bin</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the changes in the table (Ctrl+S)</source>
        <translation>保存表格中的修改（Ctrl+S）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Group leader</source>
        <translation>党小组长</translation>
    </message>
    <message>
        <source>Set up on</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>新建党小组</translation>
    </message>
    <message>
        <source>The party groups have changes that are not saved yet. Save them?</source>
        <translation>党小组有尚未保存的修改。要保存吗？</translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <source>Official holidays</source>
        <translation>法定节假日(&amp;0)</translation>
    </message>
    <message>
        <source>Official holidays and make-up working days (国务院办公厅 notice of each year), by which a public notice counts its working days. The calendar comes with BranchDesk; add next year&apos;s days here when the notice is published. Double-click a cell to edit, then 保存 (Ctrl+S).</source>
        <translation>法定节假日和调休上班日（以国务院办公厅每年发布的通知为准），发展党员公示的工作日按此计算。软件已内置节假日安排；次年安排公布后，可在此补录。双击单元格修改后，点“保存”（Ctrl+S）。</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Add day</source>
        <translation>添加日期(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove day</source>
        <translation>删除日期(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the changes in the table (Ctrl+S)</source>
        <translation>保存表格中的修改（Ctrl+S）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>The official holidays have changes that are not saved yet. Save them?</source>
        <translation>法定节假日有尚未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <source>{count} days entered for {year}.</source>
        <translation>{year}年已录入{count}天（周末以外的放假日和调休上班日）。</translation>
    </message>
    <message>
        <source>No days for {year} yet: weekends alone are counted.</source>
        <translation>尚未录入{year}年的安排：暂只按周六、周日计算。</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import your roster (optional)</source>
        <translation>导入党员名册（可选）</translation>
    </message>
    <message>
        <source>Roster file</source>
        <translation>党员名册文件</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv)</source>
        <translation>名册文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>The valid rows of this file are imported when you press Finish.</source>
        <translation>点击“完成”后，导入该文件中的有效行。</translation>
    </message>
</context>
<context>
    <name>LongTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Something went wrong; the details are in the log file.</source>
        <translation>出现意外错误，详细信息已写入日志文件。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>BranchDesk</source>
        <translation>支部工作台</translation>
    </message>
    <message>
        <source>DEMO DATA</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Search all records (Ctrl+F)</source>
        <translation>搜索全部记录（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>基本信息(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>时间(&amp;M)</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>时:分</translation>
    </message>
    <message>
        <source>–</source>
        <translation>至</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>编号(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>会议名称(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>主持人(&amp;H)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>&amp;Recorder</source>
        <translation>记录人(&amp;R)</translation>
    </message>
    <message>
        <source>Party &amp;group</source>
        <translation>党小组(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Lecturer</source>
        <translation>授课人(&amp;L)</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>党课题目(&amp;O)</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>主题(&amp;H)</translation>
    </message>
    <message>
        <source>Non-member attendees</source>
        <translation>列席人员</translation>
    </message>
    <message>
        <source>Upper-level attendees</source>
        <translation>上级参会人员</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>参会情况(&amp;2)</translation>
    </message>
    <message>
        <source>Everyone is present by default. Keys: P present, L on leave (then type the reason), A absent.</source>
        <translation>默认全部出席。快捷键：P 出席，L 请假（随后输入事由），A 缺席；空格键依次切换。</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>会议记录(&amp;3)</translation>
    </message>
    <message>
        <source>A&amp;genda (one item a line)</source>
        <translation>议题（每行一项）(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Studied or relayed</source>
        <translation>学习传达内容(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Minutes (speakers&apos; remarks)</source>
        <translation>发言记录(&amp;M)</translation>
    </message>
    <message>
        <source>Host&apos;s s&amp;ummary</source>
        <translation>主持人总结(&amp;U)</translation>
    </message>
    <message>
        <source>Resolutions and rectification</source>
        <translation>决议与整改(&amp;4)</translation>
    </message>
    <message>
        <source>Resolutions and votes</source>
        <translation>决议及表决结果</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Follow-up and rectification items</source>
        <translation>后续任务与整改事项</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料(&amp;5)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Expected {expected}, present {present}, on leave {leave}, absent {absent}. Voting members present: {voters_present} of {voters}.</source>
        <translation>应到 {expected} 人，实到 {present} 人，请假 {leave} 人，缺席 {absent} 人；有表决权党员到会 {voters_present} 人（共 {voters} 人）。</translation>
    </message>
    <message>
        <source>Quorate.</source>
        <translation>达到法定人数。</translation>
    </message>
    <message>
        <source>NOT quorate.</source>
        <translation>未达到法定人数。</translation>
    </message>
    <message>
        <source>A resolution passes with more than half of the {voters} voting members due to attend voting for it, at a quorate meeting.</source>
        <translation>决议须经应到会有表决权党员 {voters} 人的半数以上赞成方可通过（会议须达到法定人数）。</translation>
    </message>
    <message>
        <source>No committee term covers this date: enter the committee in 设置 → 支部委员会, and its members are listed here.</source>
        <translation>这一天没有在任的支部委员会：请在“设置 → 支部委员会”中录入届次，委员即列在这里。</translation>
    </message>
    <message>
        <source>Choose the 党小组 on 基本信息, and its members are listed here.</source>
        <translation>请在“基本信息”中选择党小组，该小组的党员即列在这里。</translation>
    </message>
    <message>
        <source>Not a general meeting: no step recorded</source>
        <translation>非支部党员大会：不记入发展程序</translation>
    </message>
    <message>
        <source>Passed: recorded as the person&apos;s step</source>
        <translation>通过：已记入发展程序</translation>
    </message>
    <message>
        <source>Not quorate: no step recorded</source>
        <translation>未达法定人数：不记入发展程序</translation>
    </message>
    <message>
        <source>Not passed: no step recorded</source>
        <translation>未通过：不记入发展程序</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
</context>
<context>
    <name>MeetingSheetsButton</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print the selected meeting&apos;s record sheet or sign-in sheet</source>
        <translation>打印所选会议的会议记录或签到表</translation>
    </message>
    <message>
        <source>Record sheet (会议记录)…</source>
        <translation>会议记录…</translation>
    </message>
    <message>
        <source>Sign-in sheet (签到表)…</source>
        <translation>签到表…</translation>
    </message>
    <message>
        <source>record sheet</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>Save the sheet</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Building the sheet…</source>
        <translation>正在生成…</translation>
    </message>
</context>
<context>
    <name>MeetingTable</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>会议名称</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Present/expected</source>
        <translation>实到/应到</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>&amp;New meeting</source>
        <translation>新建会议(&amp;N)</translation>
    </message>
    <message>
        <source>{year}: {counts}</source>
        <translation>{year}年：{counts}</translation>
    </message>
    <message>
        <source>Not quorate</source>
        <translation>未达到法定人数</translation>
    </message>
    <message>
        <source>Only {present} of the {voters} voting members due attended: the meeting is not quorate, so its votes cannot take effect (the record sheet will say so). Save it as it is?</source>
        <translation>应到有表决权的党员 {voters} 人，只到了 {present} 人：会议未达到法定人数，会上的表决不能生效（会议记录中会写明）。仍按现在的内容保存吗？</translation>
    </message>
    <message>
        <source>All quarters</source>
        <translation>全部季度</translation>
    </message>
    <message>
        <source>Q{quarter}</source>
        <translation>第{quarter}季度</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>Member</source>
        <translation>党员信息</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>性别(&amp;X)</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>例如 2019-07-01</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the whole ID number to check or edit it</source>
        <translation>显示完整身份证号以便核对或修改</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <source>Job or position</source>
        <translation>工作岗位/职务</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所在社会组织</translation>
    </message>
    <message>
        <source>Party &amp;group</source>
        <translation>党小组(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Joined on</source>
        <translation>入党时间(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Full member since</source>
        <translation>转正时间(&amp;F)</translation>
    </message>
    <message>
        <source>Status today</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>Mobile member</source>
        <translation>流动党员</translation>
    </message>
    <message>
        <source>Membership not yet transferred in</source>
        <translation>组织关系尚未转入</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Membership events</source>
        <translation>组织关系变动</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>添加变动</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>删除变动</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard changes (Esc)</source>
        <translation>放弃修改（Esc）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Enter or Ctrl+S)</source>
        <translation>保存（回车或 Ctrl+S）</translation>
    </message>
    <message>
        <source>Set by the recruiting pipeline (发展党员)</source>
        <translation>由发展党员程序确定（在“发展党员”中登记）</translation>
    </message>
</context>
<context>
    <name>MemberTable</name>
    <message>
        <source>Left the branch</source>
        <translation>已离开本支部</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所在社会组织</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>岗位/职务</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入党时间</translation>
    </message>
    <message>
        <source>Full member since</source>
        <translation>转正时间</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Filter by name, phone, job, ID number…</source>
        <translation>按姓名、电话、职务、身份证号筛选…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <source>&amp;New member</source>
        <translation>新增党员(&amp;N)</translation>
    </message>
    <message>
        <source>Add a member (Ctrl+N)</source>
        <translation>新增党员（Ctrl+N）</translation>
    </message>
    <message>
        <source>Move the selected member to the recycle bin (Del)</source>
        <translation>将选中的党员移入回收站（Del）</translation>
    </message>
    <message>
        <source>All current</source>
        <translation>全部在册党员</translation>
    </message>
    <message>
        <source>Left the branch</source>
        <translation>已离开本支部</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部（含已离开）</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>全部党小组</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) shown</source>
        <translation>
            <numerusform>共显示 %n 名党员</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Organisational life</source>
        <translation>组织生活</translation>
    </message>
    <message>
        <source>Democratic review</source>
        <translation>民主评议</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>谈心谈话</translation>
    </message>
    <message>
        <source>Recruiting</source>
        <translation>发展党员</translation>
    </message>
    <message>
        <source>Volunteer service</source>
        <translation>志愿服务</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>教育培训</translation>
    </message>
    <message>
        <source>Party dues</source>
        <translation>党费</translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>年度报告</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>ObligationTable</name>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>%1 months in a row</source>
        <translation>连续%1个月</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Done / due</source>
        <translation>完成 / 应完成</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>差距</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Social organisations</source>
        <translation>社会组织</translation>
    </message>
    <message>
        <source>Enter at least one social organisation.</source>
        <translation>请至少填写一个社会组织。</translation>
    </message>
</context>
<context>
    <name>OrganisationsTab</name>
    <message>
        <source>Social organisations</source>
        <translation>社会组织</translation>
    </message>
    <message>
        <source>The social organisations this branch sits in. Double-click a cell to edit, then Save.</source>
        <translation>本支部所在的社会组织。双击单元格修改，改完点“保存”。</translation>
    </message>
    <message>
        <source>&amp;Add organisation</source>
        <translation>添加社会组织(&amp;A)</translation>
    </message>
    <message>
        <source>Move to recycle bin</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the changes in the table (Ctrl+S)</source>
        <translation>保存表格中的修改（Ctrl+S）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>新社会组织</translation>
    </message>
    <message>
        <source>The social organisations have changes that are not saved yet. Save them?</source>
        <translation>社会组织有尚未保存的修改。要保存吗？</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Non-member</source>
        <translation>非党员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Member?</source>
        <translation>是否党员</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <source>Position (non-members)</source>
        <translation>职务（非党员）</translation>
    </message>
    <message>
        <source>Type a name and press Enter</source>
        <translation>输入姓名后按回车</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Hours for the next people added</source>
        <translation>接下来添加人员的时长</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add all members</source>
        <translation>添加全体党员</translation>
    </message>
    <message>
        <source>Add every member of the branch on the date</source>
        <translation>添加当日在册的全体党员</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>不是党员</translation>
    </message>
    <message>
        <source>No member is called “{name}”. Add “{name}” as a non-member?</source>
        <translation>没有名叫“{name}”的党员。要把“{name}”作为非党员添加吗？</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>The branch profile has changes that are not saved yet. Save them?</source>
        <translation>支部信息有尚未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>{name} (born {year})</source>
        <translation>{name}（{year}年生）</translation>
    </message>
    <message>
        <source>{name} (joined {year})</source>
        <translation>{name}（{year}年入党）</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Filter by any text…</source>
        <translation>按任意文字筛选…</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新增(&amp;N)</translation>
    </message>
    <message>
        <source>Add a record (Ctrl+N)</source>
        <translation>新增一条记录（Ctrl+N）</translation>
    </message>
    <message>
        <source>Move to recycle bin</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <source>Move the selected record to the recycle bin (Del)</source>
        <translation>将选中的记录移入回收站（Del）</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>The record in the form has changes that are not saved yet. Save them?</source>
        <translation>表单中的记录有尚未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <source>Moved to the recycle bin.</source>
        <translation>已移入回收站。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) shown</source>
        <translation>
            <numerusform>共显示 %n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecruitTable</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>所处阶段</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>上一环节</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一环节</translation>
    </message>
    <message>
        <source>{days} days overdue</source>
        <translation>逾期{days}天</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>Recruiting</name>
    <message>
        <source>Only a general meeting (支部党员大会) decides on {name}: no step recorded.</source>
        <translation>只有支部党员大会才能就{name}作出决议：未记入发展程序。</translation>
    </message>
    <message>
        <source>The meeting was not quorate ({present} of {due} voting members present): no step recorded for {name}.</source>
        <translation>会议未达法定人数（应到有表决权党员{due}名，实到{present}名）：未为{name}记录该环节。</translation>
    </message>
    <message>
        <source>The vote failed ({votes} for; more than half of {due} voting members needed): no step recorded for {name}.</source>
        <translation>表决未通过（赞成{votes}票，须超过应到会有表决权党员{due}名的半数）：未为{name}记录该环节。</translation>
    </message>
    <message>
        <source>Recorded for {name}: {step} on {day}.</source>
        <translation>已为{name}记录：{day} {step}。</translation>
    </message>
</context>
<context>
    <name>RecruitingPage</name>
    <message>
        <source>Recruiting</source>
        <translation>发展党员</translation>
    </message>
    <message>
        <source>S&amp;tage</source>
        <translation>阶段(&amp;T)</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>按姓名筛选</translation>
    </message>
    <message>
        <source>&amp;Move to recycle bin</source>
        <translation>移入回收站(&amp;M)</translation>
    </message>
    <message>
        <source>Yearly recruiting plan (发展计划)</source>
        <translation>年度发展计划</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>Ne&amp;w person</source>
        <translation>新增(&amp;W)</translation>
    </message>
    <message>
        <source>Planne&amp;d</source>
        <translation>计划发展(&amp;D)</translation>
    </message>
    <message>
        <source>Whom (names)</source>
        <translation>发展对象（姓名）</translation>
    </message>
    <message>
        <source>Save p&amp;lan</source>
        <translation>保存计划(&amp;L)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>性别(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Appl&amp;ied on</source>
        <translation>申请入党时间(&amp;I)</translation>
    </message>
    <message>
        <source>Et&amp;hnicity</source>
        <translation>民族(&amp;H)</translation>
    </message>
    <message>
        <source>Recruiting plan o&amp;f</source>
        <translation>列入发展计划年度(&amp;F)</translation>
    </message>
    <message>
        <source>Step &amp;kind</source>
        <translation>环节(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Education</source>
        <translation>学历(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Job and organisation</source>
        <translation>工作单位及职务(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>发展历程</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>添加环节(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>删除环节(&amp;R)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Public notice (PDF)…</source>
        <translation>公示（PDF）…</translation>
    </message>
    <message>
        <source>Public notice (DOCX)…</source>
        <translation>公示（DOCX）…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>The application is the person&apos;s 申请入党时间: change or clear it above.</source>
        <translation>这一行是此人的申请入党时间，请在上方“基本情况”中修改。</translation>
    </message>
    <message>
        <source>This step is a resolution of a 支部党员大会: change or delete it on 组织生活.</source>
        <translation>该环节是支部党员大会的决议，请在“组织生活”中修改或删除。</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>{active} people on the way in, {overdue} overdue.</source>
        <translation>在培养考察中{active}人，逾期{overdue}项。</translation>
    </message>
    <message>
        <source>A new person: type the application date and the birth date.</source>
        <translation>新增人员：请填写递交入党申请书的日期和出生日期。</translation>
    </message>
    <message>
        <source>Stage: {stage}.</source>
        <translation>所处阶段：{stage}。</translation>
    </message>
    <message>
        <source>Stage: {stage}. Next: {step}, by {deadline}.</source>
        <translation>所处阶段：{stage}。下一环节：{step}，须于{deadline}前完成。</translation>
    </message>
    <message>
        <source>Stage: {stage}. Next: {step}, not before {earliest}.</source>
        <translation>所处阶段：{stage}。下一环节：{step}，不早于{earliest}。</translation>
    </message>
    <message>
        <source>Stage: {stage}. Next: {step}.</source>
        <translation>所处阶段：{stage}。下一环节：{step}。</translation>
    </message>
    <message>
        <source>Moved to the recycle bin.</source>
        <translation>已移入回收站。</translation>
    </message>
    <message>
        <source>The person&apos;s record has changes that are not saved. Save them?</source>
        <translation>此人的信息有尚未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <source>The person&apos;s record and the recruiting plan of {year} have changes that are not saved. Save them?</source>
        <translation>此人的信息和{year}年的发展计划都有未保存的修改，要保存吗？</translation>
    </message>
    <message>
        <source>The recruiting plan of {year} has changes that are not saved. Save them?</source>
        <translation>{year}年的发展计划有未保存的修改，要保存吗？</translation>
    </message>
    <message>
        <source>{year}: planned {planned}, admitted {admitted} ({names}); converted {converted}; extended {extended}; activists {activists}, candidates {candidates}.</source>
        <translation>{year}年：计划发展{planned}名，实际发展{admitted}名（{names}）；转正{converted}名；延长预备期{extended}名；确定入党积极分子{activists}名、发展对象{candidates}名。</translation>
    </message>
    <message>
        <source>The public notice is made for a 发展对象 before the 支部党员大会 votes on admission; {name} is at the stage {stage}.</source>
        <translation>公示在支部党员大会讨论接收前、对发展对象进行；{name}目前处于“{stage}”阶段。</translation>
    </message>
    <message>
        <source>Save the public notice</source>
        <translation>保存公示</translation>
    </message>
    <message>
        <source>Building the public notice…</source>
        <translation>正在生成公示…</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>公示</translation>
    </message>
</context>
<context>
    <name>RecycleBinPage</name>
    <message>
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>Deleted records stay here until they are deleted for good. Restoring brings a record back with everything it held.</source>
        <translation>删除的记录会保留在这里，直到被彻底删除。还原会连同其全部内容一起恢复记录。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete for good…</source>
        <translation>彻底删除(&amp;D)…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>{title} cannot be restored: a record in use already takes its place (one review round a year). Move that one to the recycle bin first, or leave this one here.</source>
        <translation>{title}无法还原：正在使用的记录中已有一条占用了它的位置（每年只有一次民主评议）。请先把那一条移入回收站，或将这一条留在回收站中。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>彻底删除</translation>
    </message>
    <message>
        <source>Delete {count} record(s) for good, with their evidence files? This cannot be undone.</source>
        <translation>彻底删除这 {count} 条记录及其佐证材料？此操作无法撤销。</translation>
    </message>
    <message>
        <source>{title} is still named in other records ({records}), so it was not deleted for good: that would change them. Restore it, or take it out of those records first.</source>
        <translation>“{title}”仍被其他记录引用（{records}），彻底删除会改动这些记录，因此未删除。请还原它，或先从这些记录中移除。</translation>
    </message>
</context>
<context>
    <name>RecycleBinTable</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
</context>
<context>
    <name>ReportFontsTab</name>
    <message>
        <source>Report fonts</source>
        <translation>报告字体</translation>
    </message>
    <message>
        <source>The annual report draws each part in its own font. Automatic uses the official font on this PC, else the free font shipped with BranchDesk. A font file you choose must be TrueType (.ttf, .ttc, or .otf with TrueType outlines) and have all 3,755 common Chinese characters (GB 2312 level 1); it is used from the next report on.</source>
        <translation>年度报告的各部分使用各自的字体。“自动”使用本机安装的公文字体，本机没有时使用支部工作台随附的免费字体。自选的字体文件须为 TrueType 字体（.ttf、.ttc，或 TrueType 轮廓的 .otf），并收全 3755 个常用汉字（GB 2312 一级字）；从下一次生成报告起使用。</translation>
    </message>
    <message>
        <source>FangSong (body text, tables)</source>
        <translation>仿宋（正文、表格）</translation>
    </message>
    <message>
        <source>Choose a font file…</source>
        <translation>选择字体文件…</translation>
    </message>
    <message>
        <source>Use the official font on this PC, else the font shipped with BranchDesk</source>
        <translation>使用本机的公文字体，本机没有时使用随附字体</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>HeiTi (headings “一、”)</source>
        <translation>黑体（“一、”标题）</translation>
    </message>
    <message>
        <source>KaiTi (headings “（一）”)</source>
        <translation>楷体（“（一）”标题）</translation>
    </message>
    <message>
        <source>XiaoBiaoSong (the title)</source>
        <translation>小标宋（标题）</translation>
    </message>
    <message>
        <source>SongTi (page numbers)</source>
        <translation>宋体（页码）</translation>
    </message>
    <message>
        <source>The chosen file {file} can no longer be used; the report uses the font shown.</source>
        <translation>所选文件 {file} 已无法使用，报告改用此处显示的字体。</translation>
    </message>
    <message>
        <source>Font for {role}</source>
        <translation>{role}所用字体</translation>
    </message>
    <message>
        <source>TrueType fonts (*.ttf *.ttc *.otf)</source>
        <translation>TrueType 字体 (*.ttf *.ttc *.otf)</translation>
    </message>
    <message>
        <source>Finding the report&apos;s fonts…</source>
        <translation>正在查找报告字体…</translation>
    </message>
    <message>
        <source>Checking the font…</source>
        <translation>正在检查字体…</translation>
    </message>
    <message>
        <source>This file holds several fonts. Which one?</source>
        <translation>此文件包含多款字体，请选择一款：</translation>
    </message>
    <message>
        <source>{file} was not found.</source>
        <translation>找不到文件 {file}。</translation>
    </message>
    <message>
        <source>{file} is not a font file.</source>
        <translation>{file} 不是字体文件。</translation>
    </message>
    <message>
        <source>{file} has PostScript (CFF) outlines, which the PDF report cannot embed. Choose a TrueType font.</source>
        <translation>{file} 是 PostScript（CFF）轮廓的字体，PDF 报告无法嵌入。请选择 TrueType 字体。</translation>
    </message>
    <message>
        <source>{file} lacks {count} of the {total} common Chinese characters, such as {sample}. Choose a font with full Chinese coverage.</source>
        <translation>{file} 缺少 {total} 个常用汉字中的 {count} 个，例如 {sample}。请选择收字完整的中文字体。</translation>
    </message>
    <message>
        <source>{file} cannot be used in the PDF report: the font does not allow embedding, or the file is damaged.</source>
        <translation>{file} 无法用于 PDF 报告：该字体不允许嵌入，或文件已损坏。</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Annual report</source>
        <translation>年度报告</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Refresh figures</source>
        <translation>刷新数据</translation>
    </message>
    <message>
        <source>Redraft from the records; what you wrote is kept</source>
        <translation>根据记录重新起草；您修改过的文字保持不变</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export Word…</source>
        <translation>导出 Word…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Figures changed</source>
        <translation>数据已变化</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Your text was written with</source>
        <translation>原数据</translation>
    </message>
    <message>
        <source>The records now give</source>
        <translation>现在的数据</translation>
    </message>
    <message>
        <source>Use the new figures</source>
        <translation>采用新数据</translation>
    </message>
    <message>
        <source>Change exactly the numbers that changed in your text</source>
        <translation>只修改您文字中发生变化的数字</translation>
    </message>
    <message>
        <source>Keep my text</source>
        <translation>保留我的文字</translation>
    </message>
    <message>
        <source>Your text stands as written; you are told again when the figures next change</source>
        <translation>保留您的文字；数据再次变化时会重新提醒</translation>
    </message>
    <message>
        <source>Save this section</source>
        <translation>保存本节</translation>
    </message>
    <message>
        <source>Use the draft again</source>
        <translation>恢复为自动草稿</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据(&amp;1)</translation>
    </message>
    <message>
        <source>Check before submitting</source>
        <translation>送审前检查(&amp;2)</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the place to fix it</source>
        <translation>双击或按回车键打开需要修改的地方</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Open the place to fix it</source>
        <translation>打开修改</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览(&amp;3)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>落款</translation>
    </message>
    <message>
        <source> (figures changed)</source>
        <translation>（数据已变化）</translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation>（已修改）</translation>
    </message>
    <message>
        <source>The report section shown has changes that are not saved yet. Save them?</source>
        <translation>当前章节有尚未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <source>Your text, saved for this year. Refreshing the figures keeps it.</source>
        <translation>这是您为本年度保存的文字，刷新数据不会覆盖。</translation>
    </message>
    <message>
        <source>Drafted from the records. Edit it and save to keep your wording.</source>
        <translation>根据记录自动起草。修改后保存，即保留您的文字。</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>This text was saved before BranchDesk kept the figures it was written with: check its numbers against the Figures tab, then keep it.</source>
        <translation>本段保存于软件记录数据快照之前：请对照“数据”页核对其中的数字，然后保留。</translation>
    </message>
    <message>
        <source>The records changed since you wrote this section. Using the new figures changes the numbers below in your text; the changed wording you edit yourself.</source>
        <translation>撰写本段后记录已有变化。采用新数据将修改您文字中的下列数字；随之变化的文字请自行修改。</translation>
    </message>
    <message>
        <source>The records changed since you wrote this section: your text has the figures on the left, the records now give those on the right.</source>
        <translation>撰写本段后记录已有变化：左侧是您文字中的数据，右侧是现在记录中的数据。</translation>
    </message>
    <message>
        <source>{count} figures could not be found in your text: change them yourself.</source>
        <translation>有{count}个数字未能在您的文字中找到，请自行修改。</translation>
    </message>
    <message>
        <source>Judged from {day}, when the branch began keeping its records here</source>
        <translation>自{day}开始使用本软件记录，据此评估</translation>
    </message>
    <message>
        <source>Members: {start} on 1 January, {end} at the end ({full} full)</source>
        <translation>党员：年初 {start} 名，年末 {end} 名（正式党员 {full} 名）</translation>
    </message>
    <message>
        <source>Admitted {a}, converted {c}, transferred in {i}, out {o}</source>
        <translation>发展党员 {a} 名，转正 {c} 名，转入 {i} 名，转出 {o} 名</translation>
    </message>
    <message>
        <source>{name}: held {held:g} of {due} due</source>
        <translation>{name}：已开 {held:g} 次，应开 {due} 次</translation>
    </message>
    <message>
        <source>Average attendance: {rate:.1f}%</source>
        <translation>平均出席率：{rate:.1f}%</translation>
    </message>
    <message>
        <source>Meetings: no compliance figures for this year</source>
        <translation>会议：本年度没有应开、已开统计</translation>
    </message>
    <message>
        <source>Democratic review: {n} graded</source>
        <translation>民主评议：评定等次 {n} 名</translation>
    </message>
    <message>
        <source>Talks: {n}; members without a talk: {w}</source>
        <translation>谈心谈话：{n} 次；未谈话党员 {w} 名</translation>
    </message>
    <message>
        <source>Study hours: {avg:g} per member on average; {below} below {req:g}</source>
        <translation>学时：人均 {avg:g} 学时；{below} 名不足 {req:g} 学时</translation>
    </message>
    <message>
        <source>Volunteer service: {n} activities, {p} participations, {h:g} hours</source>
        <translation>志愿服务：{n} 次活动，{p} 人次，{h:g} 小时</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>Fonts used: </source>
        <translation>使用字体：</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>仍然导出</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Exporting the report…</source>
        <translation>正在导出报告…</translation>
    </message>
    <message>
        <source>The report was written to {path}.</source>
        <translation>报告已保存到 {path}。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>仍然打印</translation>
    </message>
</context>
<context>
    <name>ResolutionTable</name>
    <message>
        <source>Resolution</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>For</source>
        <translation>赞成</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>表决结果</translation>
    </message>
    <message>
        <source>Recruiting decision</source>
        <translation>发展党员事项</translation>
    </message>
</context>
<context>
    <name>ReviewGrid</name>
    <message>
        <source>Probationary (not graded)</source>
        <translation>预备党员（不评定等次）</translation>
    </message>
    <message>
        <source>Full member</source>
        <translation>正式党员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>党员类别</translation>
    </message>
    <message>
        <source>Votes 优秀</source>
        <translation>优秀票</translation>
    </message>
    <message>
        <source>Votes 合格</source>
        <translation>合格票</translation>
    </message>
    <message>
        <source>Votes 基本合格</source>
        <translation>基本合格票</translation>
    </message>
    <message>
        <source>Votes 不合格</source>
        <translation>不合格票</translation>
    </message>
    <message>
        <source>Proposed grade</source>
        <translation>建议等次</translation>
    </message>
    <message>
        <source>Final grade</source>
        <translation>评定等次</translation>
    </message>
    <message>
        <source>Organisation&apos;s opinion</source>
        <translation>组织意见</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>处置方式</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>处置情况</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>个人自评</translation>
    </message>
    <message>
        <source>Peer-review remarks</source>
        <translation>互评意见</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Democratic review</source>
        <translation>民主评议党员</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;New round</source>
        <translation>新建评议(&amp;N)</translation>
    </message>
    <message>
        <source>Start the democratic review of this year (Ctrl+N)</source>
        <translation>开始本年度民主评议（Ctrl+N）</translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Move round to recycle bin</source>
        <translation>将本次评议移入回收站</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;lose round</source>
        <translation>完成评议(&amp;L)</translation>
    </message>
    <message>
        <source>Close the round once every grade and follow-up is in</source>
        <translation>所有等次和处置录入后完成本年度评议</translation>
    </message>
    <message>
        <source>Re&amp;open round</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <source>Steps of the round</source>
        <translation>评议步骤</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>学习教育</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>个人自评</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>党员互评</translation>
    </message>
    <message>
        <source>Evaluation vote</source>
        <translation>民主测评</translation>
    </message>
    <message>
        <source>Branch verdict</source>
        <translation>组织评定</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Took part in the vote</source>
        <translation>参加测评人数</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>参加测评人数: no member&apos;s votes may add up to more</source>
        <translation>参加测评人数：每名党员的测评票数合计不得超过此数</translation>
    </message>
    <message>
        <source>Confirm more than one third 优秀</source>
        <translation>确认优秀超过三分之一</translation>
    </message>
    <message>
        <source>The rule allows at most one third 优秀; tick to confirm a higher share on purpose</source>
        <translation>按规定优秀一般不超过三分之一；确需超过的，勾选以确认</translation>
    </message>
    <message>
        <source>&amp;Save dates</source>
        <translation>保存步骤日期(&amp;S)</translation>
    </message>
    <message>
        <source>Save the step dates and note (Enter)</source>
        <translation>保存步骤日期和备注（回车）</translation>
    </message>
    <message>
        <source>Type in a cell to change it; Enter saves and moves down, Tab moves right. Probationary members take part without a grade.</source>
        <translation>在单元格中直接输入即可修改；回车保存并移到下一行，Tab 移到右侧一格。预备党员参加评议，不评定等次。</translation>
    </message>
    <message>
        <source>No round for this year yet.</source>
        <translation>本年度尚未开展民主评议。</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>已于 %1 完成</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>The round&apos;s dates or note have changes that are not saved yet. Save them?</source>
        <translation>本次评议的日期或备注有尚未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <source>Graded {graded}: {counts}. Probationary members (not graded): {probationary}. Still without a grade: {ungraded}.</source>
        <translation>参加评定 {graded} 人：{counts}。预备党员（不评定等次）{probationary} 人。尚未评定 {ungraded} 人。</translation>
    </message>
    <message>
        <source>More than one third are 优秀: confirm it or revise the grades.</source>
        <translation>评为优秀的超过三分之一：请确认或调整等次。</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import a roster</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Choose what each column the file names differently holds, then read the file again.</source>
        <translation>为名称不同的列选择其内容，然后重新读取文件。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>读作</translation>
    </message>
    <message>
        <source>Read &amp;again</source>
        <translation>重新读取(&amp;A)</translation>
    </message>
    <message>
        <source>Import the valid rows and &amp;skip the invalid ones</source>
        <translation>导入有效行，跳过无效行(&amp;S)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Job or position</source>
        <translation>工作单位/职务</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所在组织</translation>
    </message>
    <message>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入党时间</translation>
    </message>
    <message>
        <source>Became a full member</source>
        <translation>转正时间</translation>
    </message>
    <message>
        <source>Member category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Mobile member</source>
        <translation>流动党员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv)</source>
        <translation>花名册 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Reading the roster…</source>
        <translation>正在读取花名册…</translation>
    </message>
    <message>
        <source>{valid} of {total} rows can be imported; {invalid} are invalid.</source>
        <translation>共 {total} 行，可导入 {valid} 行，无效 {invalid} 行。</translation>
    </message>
    <message>
        <source>New party groups: {groups}.</source>
        <translation>将新建党小组：{groups}。</translation>
    </message>
    <message>
        <source>Columns not read: {columns}.</source>
        <translation>未读取的列：{columns}。</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>（不读取）</translation>
    </message>
    <message>
        <source>Importing the roster…</source>
        <translation>正在导入花名册…</translation>
    </message>
</context>
<context>
    <name>RosterPreviewTable</name>
    <message>
        <source>Will be imported</source>
        <translation>将导入</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Joined, group, or why not</source>
        <translation>入党时间、党小组或无效原因</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>The rules the overview checks. Double-click a cell to change a rule: switch it on or off, change its period or threshold; add rules of your own, then Save.</source>
        <translation>概览据以检查的规则。双击单元格修改规则：启用或停用，更改周期或次数；也可以添加自己的规则。改完点“保存”。</translation>
    </message>
    <message>
        <source>&amp;Add local rule</source>
        <translation>添加本地规则(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete local rule</source>
        <translation>删除本地规则(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Restore default rules</source>
        <translation>恢复默认规则(&amp;R)</translation>
    </message>
    <message>
        <source>Undo every change to the default rules; your own rules stay</source>
        <translation>撤销对默认规则的所有修改；自己添加的规则保留</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the changes in the table (Ctrl+S)</source>
        <translation>保存表格中的修改（Ctrl+S）</translation>
    </message>
    <message>
        <source>local rule</source>
        <translation>本地规则</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>统计内容</translation>
    </message>
    <message>
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>不少于</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>The rules have changes that are not saved yet. Save them?</source>
        <translation>规则有尚未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新规则</translation>
    </message>
    <message>
        <source>A default rule cannot be deleted; switch it off.</source>
        <translation>默认规则不能删除，可以停用。</translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <source>the data file is missing or empty, but the backups hold records</source>
        <translation>数据文件不见了或是空的，但备份中存有记录</translation>
    </message>
    <message>
        <source>BranchDesk will keep the damaged file under another name and restore the newest good backup, taken {time}.</source>
        <translation>支部工作台将以另一个名称保留损坏的文件，并恢复最近一份完好的备份（备份于 {time}）。</translation>
    </message>
    <message>
        <source>There is no good backup. BranchDesk can keep the damaged file under another name and start with an empty data folder.</source>
        <translation>没有完好的备份。支部工作台可以以另一个名称保留损坏的文件，并从空的数据文件夹开始。</translation>
    </message>
    <message>
        <source>The data file is damaged</source>
        <translation>数据文件已损坏</translation>
    </message>
    <message>
        <source>The data file cannot be read: {detail}</source>
        <translation>无法读取数据文件：{detail}</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>从空白开始</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>The damaged file was kept as {file}.</source>
        <translation>损坏的文件已保留为 {file}。</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>No record contains this text.</source>
        <translation>没有记录包含这段文字。</translation>
    </message>
</context>
<context>
    <name>SecretaryPage</name>
    <message>
        <source>Branch secretary</source>
        <translation>支部书记</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Branch</source>
        <translation>支部信息(&amp;1)</translation>
    </message>
    <message>
        <source>Social organisations</source>
        <translation>社会组织(&amp;2)</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>支委会(&amp;3)</translation>
    </message>
    <message>
        <source>Party groups</source>
        <translation>党小组(&amp;4)</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则(&amp;5)</translation>
    </message>
    <message>
        <source>Dues rates</source>
        <translation>党费标准(&amp;6)</translation>
    </message>
    <message>
        <source>Official holidays</source>
        <translation>法定节假日(&amp;0)</translation>
    </message>
    <message>
        <source>Report fonts</source>
        <translation>报告字体(&amp;7)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规(&amp;8)</translation>
    </message>
    <message>
        <source>Data and backups</source>
        <translation>数据与备份(&amp;9)</translation>
    </message>
</context>
<context>
    <name>SetupBranchPage</name>
    <message>
        <source>Branch</source>
        <translation>支部</translation>
    </message>
    <message>
        <source>Branch &amp;name</source>
        <translation>支部名称(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>支部类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Upper-level party committee</source>
        <translation>上级党组织(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Founded on</source>
        <translation>成立时间(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Records kept in BranchDesk from</source>
        <translation>开始使用本软件记录的日期(&amp;R)</translation>
    </message>
    <message>
        <source>Usually today. The rules judge no month, quarter or year that starts before this day, so months before you used BranchDesk are not reported as overdue.</source>
        <translation>一般为今天。此日期之前开始的月份、季度和年度不评估，使用本软件之前的月份不会列为逾期。</translation>
    </message>
</context>
<context>
    <name>SetupGroupsPage</name>
    <message>
        <source>Party groups</source>
        <translation>党小组</translation>
    </message>
    <message>
        <source>The party groups of the branch, one per line. Leave empty if the branch has none.</source>
        <translation>每行填写一个党小组名称；支部未设党小组的可不填。</translation>
    </message>
</context>
<context>
    <name>SetupImportPage</name>
    <message>
        <source>Roster import</source>
        <translation>导入名册</translation>
    </message>
    <message>
        <source>Optional: import your roster from an Excel (.xlsx) or CSV file with a header row (姓名, 性别, 入党时间 …). Only valid rows are imported; you can also do this later.</source>
        <translation>可选：从带表头（姓名、性别、入党时间……）的 Excel（.xlsx）或 CSV 文件导入党员名册。只导入有效的行；也可以以后再导入。</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
</context>
<context>
    <name>SetupOrganisationsPage</name>
    <message>
        <source>Social organisations</source>
        <translation>社会组织</translation>
    </message>
    <message>
        <source>The social organisations whose members belong to this branch (for a joint branch, several). You can add more later in Settings.</source>
        <translation>本支部党员所在的社会组织（联合支部可填写多个）。以后可在“设置”中继续添加。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>&amp;Add organisation</source>
        <translation>添加社会组织(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SetupSecretaryPage</name>
    <message>
        <source>Secretary</source>
        <translation>支部书记</translation>
    </message>
    <message>
        <source>The branch secretary is the first member on the roster and holds the secretary&apos;s seat of the committee.</source>
        <translation>支部书记将作为名册中的第一名党员录入，并担任本届支部委员会书记。</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>性别(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Joined the party on</source>
        <translation>入党时间(&amp;J)</translation>
    </message>
    <message>
        <source>Full member &amp;since</source>
        <translation>转正时间(&amp;S)</translation>
    </message>
</context>
<context>
    <name>SetupTermPage</name>
    <message>
        <source>Committee term</source>
        <translation>支委会任期</translation>
    </message>
    <message>
        <source>The committee in office: when it was elected and when its term ends (three years by default).</source>
        <translation>本届支部委员会的选举时间和任期届满时间（默认任期三年）。</translation>
    </message>
    <message>
        <source>Elected &amp;on</source>
        <translation>选举产生时间(&amp;O)</translation>
    </message>
    <message>
        <source>Term &amp;ends on</source>
        <translation>任期届满时间(&amp;E)</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up my branch</source>
        <translation>设置我的支部</translation>
    </message>
    <message>
        <source>The set-up is not finished. Save what you typed and finish it?</source>
        <translation>设置尚未完成。要保存已填写的内容并完成设置吗？</translation>
    </message>
    <message>
        <source>Roster import</source>
        <translation>导入名册</translation>
    </message>
    <message>
        <source>{count} members imported; {skipped} rows skipped as invalid.</source>
        <translation>已导入 {count} 名党员；{skipped} 行无效，已跳过。</translation>
    </message>
</context>
<context>
    <name>StepTable</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>People</source>
        <translation>参与人员</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Study hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>The application date is the person&apos;s 申请入党时间, typed above.</source>
        <translation>即上方“基本情况”中的申请入党时间，在那里修改。</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>入党申请</translation>
    </message>
</context>
<context>
    <name>TalkForm</name>
    <message>
        <source>Talk</source>
        <translation>谈心谈话</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>时间(&amp;I)</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>时:分</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>谈话类型(&amp;K)</translation>
    </message>
    <message>
        <source>Tal&amp;ker</source>
        <translation>谈话人(&amp;G)</translation>
    </message>
    <message>
        <source>Talker&apos;s post</source>
        <translation>谈话人职务</translation>
    </message>
    <message>
        <source>e.g. 支部书记</source>
        <translation>如：支部书记</translation>
    </message>
    <message>
        <source>Talked &amp;with</source>
        <translation>谈话对象(&amp;W)</translation>
    </message>
    <message>
        <source>Others present</source>
        <translation>其他在场人员</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>谈话主题(&amp;O)</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>谈话内容</translation>
    </message>
    <message>
        <source>Problems raised</source>
        <translation>反映的问题</translation>
    </message>
    <message>
        <source>Opinions and suggestions</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard the changes (Esc)</source>
        <translation>放弃修改（Esc）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Enter or Ctrl+S)</source>
        <translation>保存（回车或 Ctrl+S）</translation>
    </message>
</context>
<context>
    <name>TalkTable</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Talker</source>
        <translation>谈话人</translation>
    </message>
    <message>
        <source>Talked with</source>
        <translation>谈话对象</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
</context>
<context>
    <name>TalksPage</name>
    <message>
        <source>&amp;New talk</source>
        <translation>新增谈话(&amp;N)</translation>
    </message>
    <message>
        <source>{year}: {talks} talks; pairs: {pairs}.</source>
        <translation>{year}年：谈话 {talks} 次；谈话对数：{pairs}。</translation>
    </message>
    <message>
        <source>No talk yet of the kind {pairs}.</source>
        <translation>尚无{pairs}谈话。</translation>
    </message>
    <message>
        <source>No talk yet with: {names}.</source>
        <translation>尚未谈话：{names}。</translation>
    </message>
</context>
<context>
    <name>TermPage</name>
    <message>
        <source>Committee term</source>
        <translation>支委会任期</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <source>Training</source>
        <translation>教育培训</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>开始日期(&amp;B)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>结束日期(&amp;L)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (several days)</source>
        <translation>年-月-日（多日培训填写）</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>培训名称(&amp;T)</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>培训形式(&amp;F)</translation>
    </message>
    <message>
        <source>Study &amp;hours</source>
        <translation>学时(&amp;H)</translation>
    </message>
    <message>
        <source>Pa&amp;rticipants</source>
        <translation>参训人员(&amp;R)</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>培训内容</translation>
    </message>
    <message>
        <source>Certificates and evidence</source>
        <translation>证书和佐证材料</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard the changes (Esc)</source>
        <translation>放弃修改（Esc）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Enter or Ctrl+S)</source>
        <translation>保存（回车或 Ctrl+S）</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>&amp;New training</source>
        <translation>新增培训(&amp;N)</translation>
    </message>
    <message>
        <source>{year}: {met} of {members} members reached their study hours ({required} a year, in proportion for part of a year).</source>
        <translation>{year}年：{members} 名党员中 {met} 名学时达标（全年 {required} 学时，年中入党或转入的按在册天数折算）。</translation>
    </message>
    <message>
        <source>Below: {names}.</source>
        <translation>未达标（已修/应修）：{names}。</translation>
    </message>
    <message>
        <source>The secretary ({name}) attended {count} centralised trainings.</source>
        <translation>书记（{name}）参加集中培训 {count} 次。</translation>
    </message>
</context>
<context>
    <name>TrainingTable</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>培训名称</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Study hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参训人员</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Take the record back out of the recycle bin</source>
        <translation>把记录从回收站取回</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t save</source>
        <translation>不保存(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
</context>
<context>
    <name>UnsavedKeeper</name>
    <message>
        <source>Unsaved content</source>
        <translation>未保存的内容</translation>
    </message>
    <message>
        <source>When BranchDesk last stopped, “{page}” held typing that was not saved. Put it back into its form?</source>
        <translation>支部工作台上次停止时，“{page}”页有未保存的内容。要把它放回表单吗？</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>old Excel/WPS format; save it as .xlsx or .csv</source>
        <translation>这是旧版 Excel/WPS 格式，请另存为 .xlsx 或 .csv</translation>
    </message>
    <message>
        <source>use an .xlsx or .csv file</source>
        <translation>请使用 .xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <source>it is not text in UTF-8, UTF-16 or GBK; save it again as CSV UTF-8</source>
        <translation>它不是 UTF-8、UTF-16 或 GBK 编码的文本；请另存为“CSV UTF-8”格式</translation>
    </message>
    <message>
        <source>it is not a readable .xlsx workbook (damaged, or another format)</source>
        <translation>它不是可读取的 .xlsx 工作簿（文件已损坏，或是其他格式）</translation>
    </message>
    <message>
        <source>it is larger than {limit} MB</source>
        <translation>文件大于 {limit} MB</translation>
    </message>
    <message>
        <source>it has more than {limit} rows</source>
        <translation>它有超过 {limit} 行</translation>
    </message>
    <message>
        <source>it has more than {limit} cells</source>
        <translation>它有超过 {limit} 个单元格</translation>
    </message>
    <message>
        <source>it is not a readable CSV table ({detail})</source>
        <translation>它不是可读取的 CSV 表格（{detail}）</translation>
    </message>
    <message>
        <source>Cannot read {file}: {detail}. Nothing was imported.</source>
        <translation>无法读取 {file}：{detail}。未导入任何内容。</translation>
    </message>
    <message>
        <source>{file}: refused, {reason}; nothing was changed.</source>
        <translation>{file}：已拒绝，{reason}；未做任何更改。</translation>
    </message>
    <message>
        <source>it is not a readable zip archive ({detail})</source>
        <translation>它不是可读取的 zip 压缩文件（{detail}）</translation>
    </message>
    <message>
        <source>its name does not end in .zip</source>
        <translation>文件名不以 .zip 结尾</translation>
    </message>
    <message>
        <source>it is not an archive written by BranchDesk</source>
        <translation>它不是支部工作台生成的归档文件</translation>
    </message>
    <message>
        <source>it is not a backup (an export archive is imported, not restored)</source>
        <translation>它不是备份文件（导出归档应使用“导入归档”，而不是恢复）</translation>
    </message>
    <message>
        <source>it is not an export archive (a backup is restored, not imported)</source>
        <translation>它不是导出归档（备份文件应使用“恢复”，而不是导入）</translation>
    </message>
    <message>
        <source>it was written by a newer BranchDesk (archive format {found}; this version reads up to {supported}); install the newer version to read it</source>
        <translation>它由更新版本的支部工作台写成（归档格式 {found}，本版本最高只能读取 {supported}），请先安装新版本再读取</translation>
    </message>
    <message>
        <source>it was written by a newer BranchDesk (its records); install the newer version to read it</source>
        <translation>它由更新版本的支部工作台写成（其中的记录），请先安装新版本再读取</translation>
    </message>
    <message>
        <source>its {name} is damaged ({detail}); the file may have been copied incompletely</source>
        <translation>其中的 {name} 已损坏（{detail}），文件可能没有复制完整</translation>
    </message>
    <message>
        <source>its database is damaged ({detail})</source>
        <translation>其中的数据库已损坏（{detail}）</translation>
    </message>
    <message>
        <source>{path} is another program&apos;s database, not BranchDesk&apos;s data file; it was not changed. Move it elsewhere, or choose another data folder.</source>
        <translation>{path} 是其他程序的数据库，不是支部工作台的数据文件；它未被改动。请把它移到别处，或另选数据文件夹。</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the file to write in it.</source>
        <translation>{path} 是一个文件夹；请给出要在其中写入的文件名。</translation>
    </message>
    <message>
        <source>{path} cannot be written: the disk or folder is read-only. Nothing was saved.</source>
        <translation>无法写入 {path}：磁盘或文件夹是只读的。未保存任何内容。</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Nothing was saved; free some space and retry.</source>
        <translation>{path} 所在的磁盘已满，未保存任何内容；请腾出空间后重试。</translation>
    </message>
    <message>
        <source>{path} is busy: another BranchDesk task or program is writing to it. Nothing was saved; try again in a moment.</source>
        <translation>{path} 正被支部工作台的其他任务或其他程序写入，本次未保存任何内容，请稍后再试。</translation>
    </message>
    <message>
        <source>{path} holds text that is not valid UTF-8, so it cannot be read; `branchdesk check` (Settings → Data and backups → Check the data) names the records.</source>
        <translation>{path} 中有不是有效 UTF-8 的文字，无法读取；“branchdesk check”（设置 → 数据与备份 → 检查数据）会列出这些记录。</translation>
    </message>
    <message>
        <source>{folder} already holds records; an archive is imported only into an empty data folder. Nothing was changed.</source>
        <translation>{folder} 中已有记录；归档只能导入到空的数据文件夹。未做任何更改。</translation>
    </message>
    <message>
        <source>{file} is one of BranchDesk&apos;s own data files; give another name. Nothing was written.</source>
        <translation>{file} 是支部工作台自己的数据文件，请换一个文件名。没有写入任何内容。</translation>
    </message>
    <message>
        <source>“{char}” (U+{code} {name}) in {place}</source>
        <translation>“{char}”（U+{code}，位于{place}）</translation>
    </message>
    <message>
        <source>No available font can draw {count} character(s): {chars}; and {more} more. Choose a font that has them in Settings → Report fonts, or change the text.</source>
        <translation>没有可用的字体能显示以下 {count} 个字：{chars}；另有 {more} 个未列出。请在“设置 → 报告字体”中选择含有这些字的字体，或修改文字。</translation>
    </message>
    <message>
        <source>No available font can draw {count} character(s): {chars}. Choose a font that has them in Settings → Report fonts, or change the text.</source>
        <translation>没有可用的字体能显示以下 {count} 个字：{chars}。请在“设置 → 报告字体”中选择含有这些字的字体，或修改文字。</translation>
    </message>
    <message>
        <source>{folder} cannot be used as the data folder: {reason}.</source>
        <translation>{folder} 不能用作数据文件夹：{reason}。</translation>
    </message>
    <message>
        <source>a file stands where the folder would be</source>
        <translation>那里有一个同名文件，无法建立文件夹</translation>
    </message>
    <message>
        <source>you may not create or write a folder there</source>
        <translation>没有在该位置建立或写入文件夹的权限</translation>
    </message>
    <message>
        <source>the drive or the folder above it is not there</source>
        <translation>找不到所在的磁盘或上一级文件夹（U盘是否已拔出？）</translation>
    </message>
    <message>
        <source>database: {detail}</source>
        <translation>数据库：{detail}</translation>
    </message>
    <message>
        <source>database: {table} row {row} refers to a missing {parent} row</source>
        <translation>数据库：{table} 表第 {row} 行引用的 {parent} 记录不存在</translation>
    </message>
    <message>
        <source>database: cannot be read ({detail})</source>
        <translation>数据库：无法读取（{detail}）</translation>
    </message>
    <message>
        <source>attachment {file}: content does not match its SHA-256 (damaged)</source>
        <translation>附件 {file}：内容与其 SHA-256 校验值不符（已损坏）</translation>
    </message>
    <message>
        <source>attachment {file} ({name}): content does not match its SHA-256 (damaged)</source>
        <translation>附件 {file}（{name}）：内容与其 SHA-256 校验值不符（已损坏）</translation>
    </message>
    <message>
        <source>attachment {file} ({name}): the file is missing</source>
        <translation>附件 {file}（{name}）：文件不见了</translation>
    </message>
    <message>
        <source>{file} cannot be attached: {reason}.</source>
        <translation>{file} 无法添加为佐证材料：{reason}。</translation>
    </message>
    <message>
        <source>it cannot be read ({detail})</source>
        <translation>无法读取（{detail}）</translation>
    </message>
    <message>
        <source>The file is open in another program: {path}. Close it there and try again; the file was not changed.</source>
        <translation>文件正被其他程序打开：{path}，请关闭后重试。原文件未改动。</translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be written. Free some space and try again; the old file was not changed.</source>
        <translation>磁盘空间不足：无法写入 {path}。请清理磁盘空间后重试，原文件未改动。</translation>
    </message>
    <message>
        <source>No permission to write {path}. Choose another folder, or ask whoever manages this computer.</source>
        <translation>没有权限写入：{path}。请选择其他文件夹，或请本机管理员处理。</translation>
    </message>
    <message>
        <source>{folder} is not empty: choose an empty folder to move the data into.</source>
        <translation>{folder} 不是空文件夹：请选择一个空文件夹存放数据。</translation>
    </message>
    <message>
        <source>The data is already in {folder}.</source>
        <translation>数据已经在 {folder} 中。</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} 不是文本</translation>
    </message>
    <message>
        <source>is not valid UTF-8 text</source>
        <translation>不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>{value} is not a real date in YYYY-MM-DD form</source>
        <translation>{value} 不是 YYYY-MM-DD 格式的真实日期</translation>
    </message>
    <message>
        <source>{value} is not a time in HH:MM form</source>
        <translation>{value} 不是 HH:MM 格式的时间</translation>
    </message>
    <message>
        <source>{value} is not a date and time in ISO form</source>
        <translation>{value} 不是 ISO 格式的日期时间</translation>
    </message>
    <message>
        <source>{value} is not one of the codes {codes}</source>
        <translation>{value} 不是以下代码之一：{codes}</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} 不是数字</translation>
    </message>
    <message>
        <source>{value} is not between {low} and {high}</source>
        <translation>{value} 不在 {low} 与 {high} 之间</translation>
    </message>
    <message>
        <source>{value} is neither 0 nor 1</source>
        <translation>{value} 既不是 0 也不是 1</translation>
    </message>
    <message>
        <source>refers to {table} #{id}, which does not exist</source>
        <translation>指向不存在的 {table} #{id}</translation>
    </message>
    <message>
        <source>{value} is not a record type</source>
        <translation>{value} 不是记录类型</translation>
    </message>
    <message>
        <source>overlaps committee term #{other} ({starts} to {ends}): correct the dates in Settings → Committee (a new term starts the day after the old one ends)</source>
        <translation>与第 {other} 届支委会（{starts} 至 {ends}）任期重叠：请在“设置 → 支部委员会”中更正日期（新一届自上一届届满的次日起算）</translation>
    </message>
    <message>
        <source>the votes add up to {votes}, more than the {members} members ever recorded</source>
        <translation>票数合计 {votes}，多于记录过的全部党员人数 {members}</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Must be after the joining date ({joined}).</source>
        <translation>应晚于入党时间（{joined}）。</translation>
    </message>
    <message>
        <source>An ID number has 17 digits followed by a digit or X.</source>
        <translation>身份证号应为 17 位数字加 1 位数字或 X。</translation>
    </message>
    <message>
        <source>The last character should be {expected}: check the number for a typo.</source>
        <translation>校验码应为 {expected}，请检查号码是否输错。</translation>
    </message>
    <message>
        <source>Digits 7–14 of an ID number are the birth date; {digits} is not a date.</source>
        <translation>身份证号第 7–14 位是出生日期，{digits} 不是有效日期。</translation>
    </message>
    <message>
        <source>The ID number says born {id_birth}, the birth date says {birth}.</source>
        <translation>身份证号显示出生于 {id_birth}，与出生日期 {birth} 不一致。</translation>
    </message>
    <message>
        <source>A member must be at least 18 when joining; born {birth}.</source>
        <translation>入党时应年满十八周岁；出生日期为 {birth}。</translation>
    </message>
    <message>
        <source>That is before the Party was founded (1921): check the year.</source>
        <translation>早于建党时间（1921年），请检查年份。</translation>
    </message>
    <message>
        <source>Use digits, with - or a leading + if needed.</source>
        <translation>请填写数字，可包含“-”或以“+”开头。</translation>
    </message>
    <message>
        <source>A membership event cannot precede the joining date ({joined}).</source>
        <translation>组织关系变动日期不能早于入党时间（{joined}）。</translation>
    </message>
    <message>
        <source>A membership event cannot be later than today ({today}).</source>
        <translation>组织关系变动日期不能晚于今天（{today}）。</translation>
    </message>
    <message>
        <source>The term must end after it starts.</source>
        <translation>届满日期应晚于选举日期。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 letters and digits.</source>
        <translation>统一社会信用代码由 18 位数字或字母组成。</translation>
    </message>
    <message>
        <source>A committee has only one secretary.</source>
        <translation>支委会只能有一名书记。</translation>
    </message>
    <message>
        <source>Terms may not overlap: the term {starts} – {ends} covers these dates. A new term starts the day after the old one ends.</source>
        <translation>任期不得重叠：{starts} 至 {ends} 的任期已包含这些日期。新一届任期从上一届届满的次日开始。</translation>
    </message>
    <message>
        <source>A member holds one post on the committee.</source>
        <translation>一名党员在支委会中只能担任一个职务。</translation>
    </message>
    <message>
        <source>Another party group has this name.</source>
        <translation>已有同名的党小组。</translation>
    </message>
    <message>
        <source>Another social organisation has this name.</source>
        <translation>已有同名的社会组织。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>At most {limit} characters.</source>
        <translation>最多 {limit} 个字。</translation>
    </message>
    <message>
        <source>Cannot be later than today ({today}).</source>
        <translation>不能晚于今天（{today}）。</translation>
    </message>
    <message>
        <source>Not a real date; use YYYY-MM-DD.</source>
        <translation>日期无效，请按“2019-07-01”的格式填写。</translation>
    </message>
    <message>
        <source>There is no such day: {year}-{month} has {days} days.</source>
        <translation>没有这一天：{year}-{month} 只有 {days} 天。</translation>
    </message>
    <message>
        <source>There is no month {month}.</source>
        <translation>没有 {month} 月。</translation>
    </message>
    <message>
        <source>Use a 24-hour time such as 09:30.</source>
        <translation>请按 24 小时制填写，如 09:30。</translation>
    </message>
    <message>
        <source>The meeting must end after it starts.</source>
        <translation>会议结束时间应晚于开始时间。</translation>
    </message>
    <message>
        <source>A party-group meeting needs its group.</source>
        <translation>党小组会须选择党小组。</translation>
    </message>
    <message>
        <source>A party lesson needs its lecturer.</source>
        <translation>党课须填写授课人。</translation>
    </message>
    <message>
        <source>A party lesson needs its topic.</source>
        <translation>党课须填写课题。</translation>
    </message>
    <message>
        <source>A theme day needs its theme and form.</source>
        <translation>主题党日须填写主题和形式。</translation>
    </message>
    <message>
        <source>Give the reason for each leave.</source>
        <translation>请填写每名请假人员的请假事由。</translation>
    </message>
    <message>
        <source>A member is listed twice.</source>
        <translation>同一名党员被列入了两次。</translation>
    </message>
    <message>
        <source>Vote counts cannot be negative.</source>
        <translation>票数不能为负数。</translation>
    </message>
    <message>
        <source>Each resolution needs its text.</source>
        <translation>每项决议须填写内容。</translation>
    </message>
    <message>
        <source>{cast} votes were cast but only {voters} voting members were present.</source>
        <translation>共投 {cast} 票，但到会的有表决权党员只有 {voters} 名。</translation>
    </message>
    <message>
        <source>Each rectification item needs its item.</source>
        <translation>每项整改须填写整改事项。</translation>
    </message>
    <message>
        <source>An item cannot be done later than today ({today}).</source>
        <translation>完成日期不能晚于今天（{today}）。</translation>
    </message>
    <message>
        <source>Add at least one participant.</source>
        <translation>请至少添加一名参加人员。</translation>
    </message>
    <message>
        <source>Each participant is a member or has a name.</source>
        <translation>每名参加人员须为党员或填写姓名。</translation>
    </message>
    <message>
        <source>Hours must be between 0 and {limit}.</source>
        <translation>时长应在 0 至 {limit} 小时之间。</translation>
    </message>
    <message>
        <source>A member is listed more than once.</source>
        <translation>同一名党员被列入了不止一次。</translation>
    </message>
    <message>
        <source>{name} is a probationary member: probationary members are not graded.</source>
        <translation>{name} 是预备党员：预备党员参加评议但不评定等次。</translation>
    </message>
    <message>
        <source>{name} was not a member of the branch on the review date ({day}).</source>
        <translation>{name} 在评议日（{day}）不是本支部党员。</translation>
    </message>
    <message>
        <source>This step cannot come before the one above it.</source>
        <translation>该环节日期不能早于上一环节。</translation>
    </message>
    <message>
        <source>A step of the {year} round is dated in {year} or early in {next}.</source>
        <translation>{year}年度评议的步骤日期应在{year}年内或{next}年初。</translation>
    </message>
    <message>
        <source>The round&apos;s year must be between 2000 and {max}.</source>
        <translation>评议年度应在 2000 年至 {max} 年之间。</translation>
    </message>
    <message>
        <source>{excellent} of {graded} graded members are 优秀, more than one third: confirm this on the round before closing it.</source>
        <translation>{graded} 名参评党员中有 {excellent} 名评为优秀，超过三分之一：请先在本次评议中确认后再结束。</translation>
    </message>
    <message>
        <source>{name} is graded 不合格 and has no follow-up (education, 限期改正, 劝退 or 除名) yet: record it before closing the round.</source>
        <translation>{name} 被评为不合格，尚未登记处置（教育帮助、限期改正、劝退或除名）：请先登记再结束评议。</translation>
    </message>
    <message>
        <source>{count} full members have no final grade yet.</source>
        <translation>还有 {count} 名正式党员未确定评定等次。</translation>
    </message>
    <message>
        <source>{name} has {votes} votes, more than the {participants} who took part in the evaluation vote (参加测评人数).</source>
        <translation>{name}的测评票共{votes}票，多于参加测评人数{participants}人。</translation>
    </message>
    <message>
        <source>The number who took part cannot be negative.</source>
        <translation>参加测评人数不能为负数。</translation>
    </message>
    <message>
        <source>A round closes on or after its verdict date.</source>
        <translation>评议须在组织评定之日或之后结束。</translation>
    </message>
    <message>
        <source>Add at least one person talked with.</source>
        <translation>请至少添加一名谈话对象。</translation>
    </message>
    <message>
        <source>A person talked with is a member or has a name.</source>
        <translation>谈话对象须为党员或填写姓名。</translation>
    </message>
    <message>
        <source>The talker cannot also be the person talked with.</source>
        <translation>谈话人不能同时是谈话对象。</translation>
    </message>
    <message>
        <source>The talker was not a member of the branch on {day}.</source>
        <translation>谈话人在 {day} 不是本支部党员。</translation>
    </message>
    <message>
        <source>The last day cannot precede the first.</source>
        <translation>结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>Study hours must be between 0 and 1000.</source>
        <translation>学时应在 0 至 1000 之间。</translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <source>An activity of one day gives each person at most 24 hours; check the hours.</source>
        <translation>一天的活动每人至多 24 小时，请检查时长。</translation>
    </message>
    <message>
        <source>There is already a review round for {year}.</source>
        <translation>{year} 年已有民主评议记录。</translation>
    </message>
    <message>
        <source>This scope does not fit what is counted.</source>
        <translation>该适用范围与统计内容不相符。</translation>
    </message>
    <message>
        <source>Choose the kind of meeting.</source>
        <translation>请选择会议类型。</translation>
    </message>
    <message>
        <source>Use a whole number from 1 to {top}.</source>
        <translation>请填写 1 至 {top} 之间的整数。</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits and underscores.</source>
        <translation>请使用小写字母、数字和下划线。</translation>
    </message>
    <message>
        <source>This id belongs to a default rule; choose another.</source>
        <translation>该编号已被默认规则使用，请另选一个。</translation>
    </message>
    <message>
        <source>Use HH:MM, for example 15:30.</source>
        <translation>请按“时:分”填写，如 15:30。</translation>
    </message>
    <message>
        <source>{value} is not a date.</source>
        <translation>“{value}”不是日期。</translation>
    </message>
    <message>
        <source>{value} is not a gender (男 or 女).</source>
        <translation>“{value}”不是性别（男或女）。</translation>
    </message>
    <message>
        <source>{value} is not a known education level.</source>
        <translation>“{value}”不是可识别的学历。</translation>
    </message>
    <message>
        <source>{value} is neither yes (是) nor no (否).</source>
        <translation>“{value}”既不是“是”也不是“否”。</translation>
    </message>
    <message>
        <source>The spreadsheet stored the ID number as a number, which loses its last digits; format the column as text and type it again.</source>
        <translation>表格把身份证号存成了数字，末几位已丢失；请把该列设为文本格式后重新输入。</translation>
    </message>
    <message>
        <source>{value}, but a full-member date is given.</source>
        <translation>“{value}”，但填写了转正时间。</translation>
    </message>
    <message>
        <source>{value} needs the date of becoming a full member.</source>
        <translation>“{value}”需要填写转正时间。</translation>
    </message>
    <message>
        <source>Duplicate of row {row}.</source>
        <translation>与第 {row} 行重复。</translation>
    </message>
    <message>
        <source>Already recorded as {name} (member {id}).</source>
        <translation>已有记录：{name}（党员编号 {id}）。</translation>
    </message>
    <message>
        <source>How many took part: a whole number, or empty.</source>
        <translation>参加测评人数应为整数，或留空。</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>请填写大于零的金额。</translation>
    </message>
    <message>
        <source>Name at least one month the payment covers.</source>
        <translation>请至少填写一个所交月份。</translation>
    </message>
    <message>
        <source>Use a month as YYYY-MM.</source>
        <translation>月份请写作 YYYY-MM。</translation>
    </message>
    <message>
        <source>The base cannot be below zero.</source>
        <translation>基数不能小于零。</translation>
    </message>
    <message>
        <source>Name the period handed over.</source>
        <translation>请填写上缴所属期间。</translation>
    </message>
    <message>
        <source>Bands of a category must rise, and its last band must have no upper limit.</source>
        <translation>同一类别的档次上限应逐档递增，最后一档不设上限。</translation>
    </message>
    <message>
        <source>A rate is between 0% and 100%.</source>
        <translation>比例应在0%至100%之间。</translation>
    </message>
    <message>
        <source>An applicant must be at least 18 on the application date; born {birth}.</source>
        <translation>递交入党申请书时须年满18周岁；出生日期为{birth}。</translation>
    </message>
    <message>
        <source>Required: the age limit (18) is checked on the application date.</source>
        <translation>必填：按申请日期核对是否年满18周岁。</translation>
    </message>
    <message>
        <source>{step} ({day}) cannot precede the application ({applied}).</source>
        <translation>{step}（{day}）不能早于递交入党申请书（{applied}）。</translation>
    </message>
    <message>
        <source>{step} ({day}) is later than today ({today}).</source>
        <translation>{step}（{day}）晚于今天（{today}）。</translation>
    </message>
    <message>
        <source>{step} ends before it starts.</source>
        <translation>{step}的截止日期早于开始日期。</translation>
    </message>
    <message>
        <source>{step} ({day}) needs the stage {stage} first.</source>
        <translation>{step}（{day}）须先经过“{stage}”阶段。</translation>
    </message>
    <message>
        <source>A candidate is decided at least {months} months after becoming an activist: not before {earliest}.</source>
        <translation>入党积极分子须经{months}个月以上培养考察方可确定为发展对象：不得早于{earliest}。</translation>
    </message>
    <message>
        <source>Probation can be extended only once.</source>
        <translation>预备期只能延长一次。</translation>
    </message>
    <message>
        <source>An extension lasts 6 to 12 months.</source>
        <translation>延长预备期为6至12个月。</translation>
    </message>
    <message>
        <source>Say why the person left the pipeline.</source>
        <translation>请填写退出发展程序的原因。</translation>
    </message>
    <message>
        <source>Give an amount in yuan, e.g. 40.00 (at most two decimals).</source>
        <translation>请填写以元为单位的金额，如 40.00（最多两位小数）。</translation>
    </message>
    <message>
        <source>Give months such as 2026-01 to 2026-03, or 2026-11, 2026-12.</source>
        <translation>请填写月份，如 2026-01 至 2026-03，或 2026-11, 2026-12。</translation>
    </message>
</context>
<context>
    <name>VolunteerForm</name>
    <message>
        <source>Volunteer activity</source>
        <translation>志愿服务活动</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>活动名称(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>组织单位</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>服务形式(&amp;F)</translation>
    </message>
    <message>
        <source>People served</source>
        <translation>服务人数</translation>
    </message>
    <message>
        <source>Pa&amp;rticipants</source>
        <translation>参加人员(&amp;R)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>活动情况</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>活动照片</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard the changes (Esc)</source>
        <translation>放弃修改（Esc）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Enter or Ctrl+S)</source>
        <translation>保存（回车或 Ctrl+S）</translation>
    </message>
</context>
<context>
    <name>VolunteerPage</name>
    <message>
        <source>&amp;New activity</source>
        <translation>新增活动(&amp;N)</translation>
    </message>
    <message>
        <source>{year}: {count} activities, {hours} member hours ({average} each).</source>
        <translation>{year}年：开展活动 {count} 次，党员志愿服务共 {hours} 小时（人均 {average} 小时）。</translation>
    </message>
    <message>
        <source>No service yet: {names}.</source>
        <translation>尚未参加志愿服务：{names}。</translation>
    </message>
</context>
<context>
    <name>VolunteerTable</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>服务形式</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员人数</translation>
    </message>
    <message>
        <source>Member hours</source>
        <translation>党员服务时长</translation>
    </message>
    <message>
        <source>People served</source>
        <translation>服务人数</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>BranchDesk</source>
        <translation>支部工作台</translation>
    </message>
    <message>
        <source>Welcome to BranchDesk</source>
        <translation>欢迎使用支部工作台</translation>
    </message>
    <message>
        <source>BranchDesk keeps your party branch&apos;s records on this computer: members, meetings, talks, training and the annual report. There is no data yet.</source>
        <translation>支部工作台把党支部的各项记录保存在这台电脑上：党员、会议、谈心谈话、教育培训和年度述职报告。目前还没有数据。</translation>
    </message>
    <message>
        <source>&amp;Set up my branch</source>
        <translation>设置我的支部(&amp;S)</translation>
    </message>
    <message>
        <source>A few questions about your branch, its organisations, secretary, committee and party groups; then you can import your roster.</source>
        <translation>回答几个问题：支部、所在社会组织、支部书记、支委会和党小组；然后可以导入党员名册。</translation>
    </message>
    <message>
        <source>&amp;Explore with demo data</source>
        <translation>使用演示数据体验(&amp;E)</translation>
    </message>
    <message>
        <source>Opens a separate demo data folder with two years of an example branch. Your own data is never mixed with it.</source>
        <translation>打开单独的演示数据文件夹，内含一个示例支部两年的记录。您自己的数据绝不会与之混在一起。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
</TS>
