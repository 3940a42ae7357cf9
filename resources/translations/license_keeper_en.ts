<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>关于许可证管家</source>
        <translation>About License Keeper</translation>
    </message>
    <message>
        <source>许可证管家 {version}</source>
        <translation>License Keeper {version}</translation>
    </message>
    <message>
        <source>管理呼叫中心业务（B24）增值电信业务经营许可证的期限、续期材料与记录。全部数据保存在本机；除了设置好的群通知机器人，程序不联网。</source>
        <translation>Deadlines, renewal documents and records of a call-center (B24) telecom business license. All data stays on this computer; the app goes online only to the group robots you set up.</translation>
    </message>
    <message>
        <source>数据文件夹：{folder}</source>
        <translation>Data folder: {folder}</translation>
    </message>
    <message>
        <source>打开数据文件夹</source>
        <translation>Open the data folder</translation>
    </message>
    <message>
        <source>Python {python}，Qt {qt}，PySide6 {pyside}，{system}</source>
        <translation>Python {python}, Qt {qt}, PySide6 {pyside}, {system}</translation>
    </message>
    <message>
        <source>组件</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>许可证</source>
        <translation>License</translation>
    </message>
    <message>
        <source>{package}（{shown}）</source>
        <translation>{package} ({shown})</translation>
    </message>
    <message>
        <source>Qt 与 PySide6 按 LGPL-3.0 使用，未作修改；各组件的许可证全文随其源代码发布。</source>
        <translation>Qt and PySide6 are used unmodified under the LGPL-3.0; each component&apos;s full license text is published with its source code.</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>用到的开源组件：</source>
        <translation>Open-source components used:</translation>
    </message>
</context>
<context>
    <name>AfterStart</name>
    <message>
        <source>自动备份没有成功：{error}</source>
        <translation>The automatic backup failed: {error}</translation>
    </message>
    <message numerus="yes">
        <source>已自动备份（%n 张许可证）</source>
        <translation>
            <numerusform>Backed up automatically (%n license)</numerusform>
            <numerusform>Backed up automatically (%n licenses)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>许可证管家</source>
        <translation>License Keeper</translation>
    </message>
    <message>
        <source>已恢复 {time} 的备份</source>
        <translation>Restored the backup of {time}</translation>
    </message>
    <message>
        <source>原数据已改名保留：{name}</source>
        <translation>The previous data was renamed and kept: {name}</translation>
    </message>
    <message>
        <source>已改回 {time} 恢复前的数据</source>
        <translation>Put back the data set aside before the restore of {time}</translation>
    </message>
    <message>
        <source>今天的自动备份没有成功</source>
        <translation>Today&apos;s automatic backup did not succeed</translation>
    </message>
    <message>
        <source>可在“设置”中立即备份；下次启动时也会再试。</source>
        <translation>You can back up now in Settings; the next start will try again.</translation>
    </message>
</context>
<context>
    <name>AutostartQuestion</name>
    <message>
        <source>开机自动启动</source>
        <translation>Start at login</translation>
    </message>
    <message>
        <source>要让许可证管家在开机登录后悄悄启动到托盘吗？</source>
        <translation>Start License Keeper quietly in the tray when you log in?</translation>
    </message>
    <message>
        <source>它不打开窗口，每天检查一次期限：有期限进入提醒期或已逾期时，在屏幕角落弹出通知。这样即使没人打开软件，续期也不会错过。以后可在 设置 → 通知 中更改。</source>
        <translation>It opens no window and checks the deadlines once a day: when a deadline enters its reminder period or becomes overdue, a notice appears in the corner of the screen. A renewal is not missed even when nobody opens the app. You can change this later in Settings → Notifications.</translation>
    </message>
    <message>
        <source>暂不</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>无法写入开机启动项：{error}</source>
        <translation>Could not write the login item: {error}</translation>
    </message>
    <message>
        <source>已开启开机自动启动（可在 设置 → 通知 中关闭）</source>
        <translation>Start at login is on (turn it off in Settings → Notifications)</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>备份</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>每天第一次启动时自动备份数据库和附件，升级数据格式前也会备份；最多保留 {keep} 份，都在数据文件夹的 backups 中。“备份到…”把一份完整的备份另存为一个文件，放到您选的文件夹或 U 盘。</source>
        <translation>The database and attachments are backed up automatically at the first start of each day and before the data format is upgraded; the newest {keep} backups are kept, in the data folder&apos;s backups. “Back up to…” saves a complete backup as one file in a folder or on a USB stick of your choice.</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>许可证</source>
        <translation>Licenses</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>备份到…</source>
        <translation>Back up to…</translation>
    </message>
    <message>
        <source>另存一份完整的备份（一个 .zip 文件）到其他文件夹或 U 盘</source>
        <translation>Save a complete backup (one .zip file) to another folder or a USB stick</translation>
    </message>
    <message>
        <source>恢复所选备份…</source>
        <translation>Restore selected backup…</translation>
    </message>
    <message>
        <source>从文件恢复…</source>
        <translation>Restore from file…</translation>
    </message>
    <message>
        <source>选择用“备份到…”保存的 .zip 文件，检查无误后恢复</source>
        <translation>Choose a .zip file saved with “Back up to…”; it is checked, then restored</translation>
    </message>
    <message>
        <source>还没有备份。</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{when}&lt;/b&gt;（{reason}）</source>
        <translation>&lt;b&gt;{when}&lt;/b&gt; ({reason})</translation>
    </message>
    <message>
        <source>数据格式 {schema}，程序版本 {version}，共 {size}</source>
        <translation>Data format {schema}, app version {version}, {size} in all</translation>
    </message>
    <message>
        <source>· {number} {company}（有效期至 {expiry}）</source>
        <translation>· {number} {company} (valid until {expiry})</translation>
    </message>
    <message>
        <source>……另有 {more} 张</source>
        <translation>… and {more} more</translation>
    </message>
    <message>
        <source>这份备份已损坏，不能恢复：</source>
        <translation>This backup is damaged and cannot be restored: </translation>
    </message>
    <message>
        <source>许可证 {licenses} 张，记录 {events} 条，附件 {files} 个</source>
        <translation>Licenses: {licenses}; records: {events}; attachments: {files}</translation>
    </message>
    <message>
        <source>已备份：{when}</source>
        <translation>Backed up: {when}</translation>
    </message>
    <message>
        <source>备份到</source>
        <translation>Back up to</translation>
    </message>
    <message>
        <source>许可证管家备份</source>
        <translation>License Keeper backup</translation>
    </message>
    <message>
        <source>许可证管家备份 (*.zip)</source>
        <translation>License Keeper backup (*.zip)</translation>
    </message>
    <message>
        <source>已备份</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <source>已把完整的备份（{contents}）保存到：
{path}

这一个文件就是全部数据。需要时在“设置 → 备份”中点“从文件恢复…”选择它；在另一台电脑上也可以这样恢复。</source>
        <translation>A complete backup ({contents}) was saved to:
{path}

This one file holds all the data. When needed, choose it with “Restore from file…” in Settings → Backups; this works on another computer too.</translation>
    </message>
    <message>
        <source>恢复备份</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>这份备份已损坏，不能恢复：
{problems}</source>
        <translation>This backup is damaged and cannot be restored:
{problems}</translation>
    </message>
    <message>
        <source>从文件恢复</source>
        <translation>Restore from file</translation>
    </message>
    <message>
        <source>所有文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>这份备份来自更新版本的许可证管家（数据格式 {schema}），本程序无法打开。请先安装新版本。</source>
        <translation>This backup comes from a newer version of License Keeper (data format {schema}) and this version cannot open it. Please install the newer version first.</translation>
    </message>
    <message>
        <source>文件 {name} 中</source>
        <translation> in the file {name}</translation>
    </message>
    <message>
        <source>恢复{where} {when} 的备份吗？

备份中有 {licenses} 张许可证、{events} 条记录、{files} 个附件（数据格式 {schema}）。

当前的数据库和附件不会删除：会先改名（加上日期时间）保留在数据文件夹中，恢复错了可以在这里改回。恢复后许可证管家会重新打开窗口。</source>
        <translation>Restore the backup of {when}{where}?

It holds licenses: {licenses}; records: {events}; attachments: {files} (data format {schema}).

The current database and attachments are not deleted: they are first renamed (with the date and time added) and kept in the data folder, and can be put back here if the restore was a mistake. After the restore, License Keeper reopens its window.</translation>
    </message>
    <message>
        <source>每日自动备份</source>
        <translation>Daily, automatic</translation>
    </message>
    <message>
        <source>手动备份</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>备份到其他位置</source>
        <translation>Backed up elsewhere</translation>
    </message>
    <message>
        <source>升级数据格式前</source>
        <translation>Before a data format upgrade</translation>
    </message>
    <message>
        <source>删除前</source>
        <translation>Before a deletion</translation>
    </message>
    <message>
        <source>清空回收站前</source>
        <translation>Before emptying the Recycle Bin</translation>
    </message>
    <message>
        <source>恢复前保留的数据</source>
        <translation>Data kept from before a restore</translation>
    </message>
    <message>
        <source>恢复备份时，当时的数据不会删除，而是改名保留在数据文件夹中。恢复错了，选中一份点“改回这份数据…”；当前的数据同样会改名保留，可以再改回来。</source>
        <translation>A restore never deletes the data it replaces: it is renamed and kept in the data folder. If a restore was a mistake, select that data and click “Put this data back…”; the current data is kept the same way, so this can be undone too.</translation>
    </message>
    <message>
        <source>保留的是</source>
        <translation>What it is</translation>
    </message>
    <message>
        <source>恢复备份前的数据</source>
        <translation>Data from before a restore</translation>
    </message>
    <message>
        <source>改回前的数据</source>
        <translation>Data from before putting back</translation>
    </message>
    <message>
        <source>把数据改回 {when} 保留的{label}吗？

其中有 {licenses} 张许可证、{files} 个附件。当前的数据不会删除：同样改名保留在数据文件夹中，之后也可以再改回来。许可证管家会重新打开窗口。</source>
        <translation>Put back the data kept on {when} ({label})?

It holds licenses: {licenses}; attachments: {files}. The current data is not deleted: it is renamed and kept in the data folder the same way, so this can be undone later. License Keeper will reopen its window.</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>改回这份数据…</source>
        <translation>Put this data back…</translation>
    </message>
    <message>
        <source>还没有恢复过备份。</source>
        <translation>No backup has been restored yet.</translation>
    </message>
    <message>
        <source>改回这份数据</source>
        <translation>Put data back</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>许可证期限</source>
        <translation>License deadlines</translation>
    </message>
    <message>
        <source>导出时出错：{error}</source>
        <translation>The export went wrong: {error}</translation>
    </message>
    <message>
        <source>导出到日历</source>
        <translation>Export to calendar</translation>
    </message>
    <message>
        <source>日历文件 (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>已把 %n 个期限导出到：
{path}

可在 Outlook、钉钉、企业微信等日历中导入这个文件；以后重新导出再导入，会更新这些日程而不会重复。</source>
        <translation>
            <numerusform>Exported %n deadline to:
{path}

Import this file into Outlook, DingTalk, WeCom or another calendar. Importing a later export updates these events instead of duplicating them.</numerusform>
            <numerusform>Exported %n deadlines to:
{path}

Import this file into Outlook, DingTalk, WeCom or another calendar. Importing a later export updates these events instead of duplicating them.</numerusform>
        </translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>准备中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>补正中</source>
        <translation>Correction under way</translation>
    </message>
    <message>
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>CaseViewDialog</name>
    <message>
        <source>{name}（只读）— {number} {company}</source>
        <translation>{name} (read-only) — {number} {company}</translation>
    </message>
    <message>
        <source>状态：{status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>已办结的办理事项只供查看：清单、附件和办理经过都保留着，双击附件可以打开。</source>
        <translation>A finished procedure can only be viewed: its checklist, attachments and steps are all kept; double-click an attachment to open it.</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>办理经过</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>在许可证管家中建立这项办理</source>
        <translation>Procedure created in License Keeper</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>已于 {date} 撤回。原因：{reason}</source>
        <translation>Withdrawn on {date}. Reason: {reason}</translation>
    </message>
    <message>
        <source>已于 {date} 获批：有效期至 {old} → {new}。</source>
        <translation>Approved on {date}: valid until {old} → {new}.</translation>
    </message>
    <message>
        <source>已于 {date} 获批。</source>
        <translation>Approved on {date}.</translation>
    </message>
    <message>
        <source>已于 {date} 办结。</source>
        <translation>Completed on {date}.</translation>
    </message>
</context>
<context>
    <name>ChangeApprovalDialog</name>
    <message>
        <source>登记变更批准</source>
        <translation>Record the change&apos;s approval</translation>
    </message>
    <message>
        <source>填写变更后的信息（以批准文件和新营业执照为准）。登记后许可证随之更新，原来的信息留在历史记录中。</source>
        <translation>Enter the details after the change (as the approval and the new business license show them). The license is updated when you record it; the old details stay in its history.</translation>
    </message>
    <message>
        <source>这类变更不改动许可证上登记的信息，登记批准日期即可。</source>
        <translation>This kind of change does not alter what the license records: the date of the approval is enough.</translation>
    </message>
    <message>
        <source>批准日期</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>（不变）</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <source>现在：{value}</source>
        <translation>Now: {value}</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>登记批准并更新许可证</source>
        <translation>Record the approval and update the license</translation>
    </message>
    <message>
        <source>登记批准</source>
        <translation>Record the approval</translation>
    </message>
    <message>
        <source>填好后，这里显示许可证将怎样更新。</source>
        <translation>Once filled in, this shows how the license will be updated.</translation>
    </message>
    <message>
        <source>登记后，许可证将改为：</source>
        <translation>When recorded, the license will read:</translation>
    </message>
    <message>
        <source>{label}：{old} → {new}</source>
        <translation>{label}: {old} → {new}</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>未保存</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>ChangeKinds</name>
    <message>
        <source>股东变更</source>
        <translation>Change of shareholders</translation>
    </message>
    <message>
        <source>经营主体变更（合并、分立等）</source>
        <translation>Change of the operating entity (merger, split …)</translation>
    </message>
    <message>
        <source>业务种类变更</source>
        <translation>Change of services</translation>
    </message>
    <message>
        <source>业务覆盖范围变更</source>
        <translation>Change of service coverage</translation>
    </message>
    <message>
        <source>公司名称变更</source>
        <translation>Change of company name</translation>
    </message>
    <message>
        <source>法定代表人变更</source>
        <translation>Change of legal representative</translation>
    </message>
    <message>
        <source>注册资本变更</source>
        <translation>Change of registered capital</translation>
    </message>
    <message>
        <source>注册住所变更</source>
        <translation>Change of registered address</translation>
    </message>
    <message>
        <source>公司作出变更决定之日</source>
        <translation>the day the company decided the change</translation>
    </message>
    <message>
        <source>工商变更登记之日</source>
        <translation>the day the change was registered with the market regulator</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>材料名称</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>形式要求</source>
        <translation>Form requirements</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>未准备</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>准备中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已准备</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>{ready}/{applicable} 已准备</source>
        <translation>{ready}/{applicable} ready</translation>
    </message>
    <message>
        <source>（另有 {n} 项不适用）</source>
        <translation> (plus {n} not applicable)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>时效要求：{note}</source>
        <translation>Time limit: {note}</translation>
    </message>
    <message>
        <source>不适用原因：{reason}</source>
        <translation>Why not applicable: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>已逾期 %n 天</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>第 4 步：材料清单</source>
        <translation>Step 4: Checklist of materials</translation>
    </message>
    <message>
        <source>逐项准备：选中一项后在右侧修改状态、负责人、截止日期、备注和附件，改动立即保存。不需要的材料标为“不适用”并写明原因。</source>
        <translation>Prepare item by item: select an item, then change its status, owner, due date, note and attachments on the right; changes are saved at once. Mark a material you do not need as “Not applicable” and give the reason.</translation>
    </message>
    <message>
        <source>导出 Excel 清单…</source>
        <translation>Export Excel checklist…</translation>
    </message>
    <message>
        <source>导入员工填写的清单…</source>
        <translation>Import checklist filled in by staff…</translation>
    </message>
    <message>
        <source>把这份清单导出为 Excel 文件，发给同事填写（{keys}）</source>
        <translation>Export this checklist as an Excel file for colleagues to fill in ({keys})</translation>
    </message>
    <message>
        <source>同事填好后，把表格导入回来：先预览每一处修改（{keys}）</source>
        <translation>When colleagues have filled it in, import the workbook: every change is previewed first ({keys})</translation>
    </message>
    <message>
        <source>发给同事填写状态、负责人、截止日期和备注；收回后导入，改动逐项显示，确认后才写入。</source>
        <translation>Colleagues fill in state, owner, due date and note; import the file when it comes back: each change is shown and nothing is written until you confirm.</translation>
    </message>
    <message>
        <source>（Excel 导出功能尚未接入，暂时无法导出）</source>
        <translation>(Excel export is not connected yet, so it cannot export for now)</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>只看未完成</source>
        <translation>Only unfinished</translation>
    </message>
    <message>
        <source>※ 有时效要求&#x3000;红色日期：已逾期&#x3000;将鼠标停在材料名称上可看说明</source>
        <translation>※ has a time limit    Red date: overdue    Hover over a material&apos;s name for its description</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message numerus="yes">
        <source>有效期至 {expiry}，还有 %n 天</source>
        <translation>
            <numerusform>Valid until {expiry}, %n day left</numerusform>
            <numerusform>Valid until {expiry}, %n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>许可证已于 {expiry} 到期，不能续期，只能重新申请</source>
        <translation>The license expired on {expiry}: it cannot be renewed, only applied for anew</translation>
    </message>
    <message>
        <source>已决定不再续期（或许可证已注销）：这张许可证没有待办的续期</source>
        <translation>It was decided not to renew (or the license is cancelled): this license has no renewal to do</translation>
    </message>
    <message>
        <source>续期申请已提交</source>
        <translation>The renewal application has been submitted</translation>
    </message>
    <message>
        <source>续期法定最后一日 {legal} 已过：逾期未申请的不予续期</source>
        <translation>The legal last day for the renewal, {legal}, has passed: a renewal not applied for in time is refused</translation>
    </message>
    <message>
        <source>实际最后提交日 {last} 已过（法定最后一日 {legal} 不是工作日）</source>
        <translation>The day to act by, {last}, has passed (the legal last day {legal} is not a working day)</translation>
    </message>
    <message>
        <source>已过安全日期 {safe}（按 90 个工作日计），请在 {last} 之前提交</source>
        <translation>The safe date {safe} (counted as 90 working days) has passed: submit before {last}</translation>
    </message>
    <message numerus="yes">
        <source>距实际最后提交日 {last} 还有 %n 天</source>
        <translation>
            <numerusform>%n day left until the day to act by, {last}</numerusform>
            <numerusform>%n days left until the day to act by, {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>许可证上未登记注册资本；{scope}要求不低于 {minimum} 万元</source>
        <translation>No registered capital is recorded on the license; {scope} requires at least {minimum} (10,000 yuan)</translation>
    </message>
    <message>
        <source>注册资本 {capital} 万元，不低于 {minimum} 万元</source>
        <translation>Registered capital of {capital} (10,000 yuan), not below the {minimum} required</translation>
    </message>
    <message>
        <source>注册资本 {capital} 万元，低于{scope}要求的 {minimum} 万元</source>
        <translation>Registered capital of {capital} (10,000 yuan) is below the {minimum} required for {scope}</translation>
    </message>
    <message>
        <source>还没有到期的年报</source>
        <translation>No annual report is due yet</translation>
    </message>
    <message>
        <source>以下年度的年报未登记为已报送：{years} 年（报送年份）</source>
        <translation>The annual reports of these years are not recorded as filed: {years} (year of filing)</translation>
    </message>
    <message>
        <source>{years} 年的年报均已报送</source>
        <translation>The annual reports of {years} have all been filed</translation>
    </message>
    <message numerus="yes">
        <source>有 %n 个变更尚未办结，应先办完变更再申请续期</source>
        <translation>
            <numerusform>%n change is not finished: finish it before applying for the renewal</numerusform>
            <numerusform>%n changes are not finished: finish them before applying for the renewal</numerusform>
        </translation>
    </message>
    <message>
        <source>没有未办结的变更</source>
        <translation>No change is unfinished</translation>
    </message>
    <message>
        <source>无法从记录中判断，请确认</source>
        <translation>The records cannot tell: please confirm</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>第 2 步：续期前提自查</source>
        <translation>Step 2: Renewal prerequisites</translation>
    </message>
    <message>
        <source>逐项对照续期的前提条件。不通过或需要确认的项目请逐一勾选，表示您已看到并会处理；勾选后才能继续。</source>
        <translation>Go through the conditions for renewal one by one. Tick each item that failed or needs confirming, to show you have seen it and will deal with it; once all are ticked you can go on.</translation>
    </message>
    <message>
        <source>重新检查</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>不通过</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>需要确认</source>
        <translation>Needs confirming</translation>
    </message>
    <message>
        <source>注意</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{n} 项{state}</source>
        <translation>{state}: {n}</translation>
    </message>
    <message>
        <source>共 {total} 项：</source>
        <translation>{total} checks: </translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>来源：{source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>已核实属实</source>
        <translation>Verified as true</translation>
    </message>
    <message>
        <source>已知悉，我会处理</source>
        <translation>Noted; I will deal with it</translation>
    </message>
</context>
<context>
    <name>Confirmations</name>
    <message>
        <source>删除前会自动备份。删除的内容移到回收站（许可证 → 回收站），可以原样恢复；附件文件在清空回收站之前仍保留在数据文件夹中。</source>
        <translation>A backup is made first. What you delete goes to the Recycle Bin (Licenses → Recycle Bin) and can be restored as it was; attachment files stay in the data folder until the Recycle Bin is emptied.</translation>
    </message>
    <message>
        <source>一并删除：{what}。</source>
        <translation>Deleted with it: {what}.</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>彻底删除</source>
        <translation>Delete permanently</translation>
    </message>
    <message numerus="yes">
        <source>清空回收站：其中的 %n 项将彻底删除，不能恢复。</source>
        <translation>
            <numerusform>Empty the Recycle Bin: its %n item will be deleted permanently and cannot be restored.</numerusform>
            <numerusform>Empty the Recycle Bin: its %n items will be deleted permanently and cannot be restored.</numerusform>
        </translation>
    </message>
    <message>
        <source>所选的一项将彻底删除，不能恢复。</source>
        <translation>The selected item will be deleted permanently and cannot be restored.</translation>
    </message>
    <message>
        <source>删除前会自动备份一次；它们的附件文件也从数据文件夹中删除。</source>
        <translation>A backup is made first; their attachment files are removed from the data folder too.</translation>
    </message>
    <message>
        <source>撤回上一步</source>
        <translation>Take back the last step</translation>
    </message>
    <message>
        <source>撤回 {step} 的记录？</source>
        <translation>Take back the record of {step}?</translation>
    </message>
    <message>
        <source>只在记错了、发证机关还没有答复时撤回：办理事项回到这一步之前的状态，历史记录中会留下撤回的记录。</source>
        <translation>Only when it was recorded by mistake and the authority has not answered: the procedure goes back to where it was before this step, and the history keeps a line saying so.</translation>
    </message>
    <message>
        <source>撤回</source>
        <translation>Take back</translation>
    </message>
    <message>
        <source>还有材料没有准备好</source>
        <translation>Materials are still missing</translation>
    </message>
    <message>
        <source>补正材料还没有准备好</source>
        <translation>Corrected materials are not ready</translation>
    </message>
    <message numerus="yes">
        <source>还有 %n 项材料没有标为“已准备”或“不适用”：</source>
        <translation>
            <numerusform>%n material is not marked “Ready” or “Not applicable”:</numerusform>
            <numerusform>%n materials are not marked “Ready” or “Not applicable”:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>……另有 %n 项</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>年报内容不全的，可能被要求补报。已经填好的，先在清单中标为已准备；确实已经报送的，也可以照常登记。</source>
        <translation>An incomplete annual report may have to be filed again. Mark what is done as ready in the checklist first; if it really was filed, record it all the same.</translation>
    </message>
    <message>
        <source>仍然登记为已报送</source>
        <translation>Record as filed anyway</translation>
    </message>
    <message>
        <source>材料不齐，发证机关会要求补正，可能耽误期限。已经交了的，先在清单中标为已准备；确实已经提交的，也可以照常登记。</source>
        <translation>With materials missing the authority will ask for corrections, which may cost the deadline. Mark what was handed in as ready in the checklist first; if it really was submitted, record it all the same.</translation>
    </message>
    <message>
        <source>仍然登记为已重新提交</source>
        <translation>Record as resubmitted anyway</translation>
    </message>
    <message>
        <source>仍然登记为已提交</source>
        <translation>Record as submitted anyway</translation>
    </message>
    <message>
        <source>返回清单</source>
        <translation>Back to the checklist</translation>
    </message>
    <message>
        <source>放弃填写的内容</source>
        <translation>Discard what was entered</translation>
    </message>
    <message>
        <source>放弃填写的内容？</source>
        <translation>Discard what you entered?</translation>
    </message>
    <message>
        <source>这个窗口中填写的内容还没有登记或保存，关闭后不会留下。</source>
        <translation>What you entered in this window has not been recorded or saved; it is lost when the window closes.</translation>
    </message>
    <message>
        <source>放弃</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>继续填写</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>有未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>这张许可证有未保存的修改。要先保存吗？</source>
        <translation>This license has unsaved changes. Save them first?</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>登记补正通知</source>
        <translation>Record a correction notice</translation>
    </message>
    <message>
        <source>YYYY-MM-DD，通知没写就不填</source>
        <translation>YYYY-MM-DD; leave empty if the notice gives none</translation>
    </message>
    <message>
        <source>照抄补正通知书上的要求</source>
        <translation>Copy the requirements from the correction notice</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>通知日期</source>
        <translation>Notice date</translation>
    </message>
    <message>
        <source>补正期限</source>
        <translation>Reply by</translation>
    </message>
    <message>
        <source>补正要求</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>涉及的材料</source>
        <translation>Materials concerned</translation>
    </message>
    <message>
        <source>涉及的材料（勾选的材料回到“准备中”）：</source>
        <translation>Materials concerned (those ticked go back to “In progress”):</translation>
    </message>
    <message>
        <source>登记后，勾选的材料回到“准备中”，备注写上补正要求；补齐后重新标记为已提交。</source>
        <translation>Once recorded, the ticked materials go back to “In progress” with the requirements in their notes; when they are complete, mark the case as submitted again.</translation>
    </message>
    <message>
        <source>请写明补正要求，或勾选涉及的材料</source>
        <translation>Write down what the notice asks for, or tick the documents it concerns</translation>
    </message>
</context>
<context>
    <name>DailyCheck</name>
    <message>
        <source>群通知没有发送：{error}</source>
        <translation>Group notices were not sent: {error}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>筛选：公司名称或许可证编号（Ctrl+F）</source>
        <translation>Filter by company or license number (Ctrl+F)</translation>
    </message>
    <message>
        <source>筛选</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>按状态筛选</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>需要处理（逾期或 90 天内）</source>
        <translation>Needs action (overdue or within 90 days)</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>30 天内</source>
        <translation>Within 30 days</translation>
    </message>
    <message>
        <source>90 天内</source>
        <translation>Within 90 days</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>添加许可证</source>
        <translation>Add license</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>移除示例数据</source>
        <translation>Remove example data</translation>
    </message>
    <message>
        <source>许可证列表</source>
        <translation>Licenses</translation>
    </message>
    <message numerus="yes">
        <source>其中 %n 张是示例数据（标有〔示例〕），仅供试用；登记自己的许可证后可一步移除。</source>
        <translation>
            <numerusform>%n license is example data (marked [Example]) for trying the app out; once you have entered your own, remove it in one step.</numerusform>
            <numerusform>%n licenses are example data (marked [Example]) for trying the app out; once you have entered your own, remove them in one step.</numerusform>
        </translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>取消归档</source>
        <translation>Unarchive</translation>
    </message>
    <message>
        <source>归档…</source>
        <translation>Archive…</translation>
    </message>
    <message>
        <source>删除…</source>
        <translation>Delete…</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 张</source>
        <translation>
            <numerusform>%n license</numerusform>
            <numerusform>%n licenses</numerusform>
        </translation>
    </message>
    <message>
        <source>显示 %1 / %2 张</source>
        <translation>Showing %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>，另有 %n 张已归档</source>
        <translation>
            <numerusform>, %n more archived</numerusform>
            <numerusform>, %n more archived</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>从日历中选择（Alt+↓ 或 F4）</source>
        <translation>Pick from the calendar (Alt+↓ or F4)</translation>
    </message>
</context>
<context>
    <name>DeadlineTimeline</name>
    <message>
        <source>事项</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>最后可办理日</source>
        <translation>Act by</translation>
    </message>
    <message>
        <source>期限时间线</source>
        <translation>Deadline timeline</translation>
    </message>
    <message>
        <source>（估算）</source>
        <translation> (estimated)</translation>
    </message>
    <message>
        <source>未开始（%1 起）</source>
        <translation>Opens %1</translation>
    </message>
    <message>
        <source>已提交，待决定</source>
        <translation>Submitted, awaiting decision</translation>
    </message>
    <message>
        <source>年报报送日期</source>
        <translation>Annual report filing date</translation>
    </message>
    <message>
        <source>标记为已报送</source>
        <translation>Mark as filed</translation>
    </message>
    <message>
        <source>选中一条年报，报送日期：</source>
        <translation>Select an annual report; filed on:</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>Expiry day</translation>
    </message>
    <message>
        <source>续期待批</source>
        <translation>Renewal awaiting decision</translation>
    </message>
    <message>
        <source>已终止</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>已到期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>待办</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>已逾期，仍可补办</source>
        <translation>Overdue, still possible</translation>
    </message>
    <message>
        <source>已错过</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>已记录为已报送</source>
        <translation>Recorded as filed</translation>
    </message>
    <message>
        <source>已过截止日，{until} 前可限期补报</source>
        <translation>Past its due date; late filing possible until {until}</translation>
    </message>
    <message>
        <source>补报期已过：可能被列入电信业务经营不良名单</source>
        <translation>Late filing period over: the company may be put on the list of telecom operators in bad standing</translation>
    </message>
    <message>
        <source>法定最后一日 {due} 不是工作日，最后可办理日为 {act_by}</source>
        <translation>The legal last day {due} is not a working day; act by {act_by}</translation>
    </message>
    <message>
        <source>依据：{source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>已过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>计划日期</source>
        <translation>Planning date</translation>
    </message>
    <message>
        <source>报送期内</source>
        <translation>Filing period open</translation>
    </message>
    <message>
        <source>已逾期，4 月限期补报</source>
        <translation>Overdue: late filing in April</translation>
    </message>
    <message>
        <source>悬停查看每一项的依据；日期是最后可办理日（法定最后一日不是工作日时，取其前最后一个工作日）；标“（估算）”的日期所在年份的节假日安排尚未收录。</source>
        <translation>Hover over a line for its source. Dates are the day to act by (the last working day on or before the legal day); “(estimated)” marks a year whose holiday schedule is not yet known.</translation>
    </message>
    <message>
        <source>{date}（{weekday}）</source>
        <translation>{date} ({weekday})</translation>
    </message>
    <message>
        <source>已报送</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>未记录报送（补报期已过）</source>
        <translation>No filing recorded (late filing period over)</translation>
    </message>
    <message>
        <source>记录 %1 已报送；报送日期不能晚于今天。</source>
        <translation>Records %1 as filed; the filing date cannot be later than today.</translation>
    </message>
</context>
<context>
    <name>DeadlineTitles</name>
    <message>
        <source>{year}年年报限期补报截止</source>
        <translation>{year} annual report: end of late filing</translation>
    </message>
    <message>
        <source>{year}年年报截止</source>
        <translation>{year} annual report due</translation>
    </message>
    <message>
        <source>续期已错过</source>
        <translation>Renewal missed</translation>
    </message>
    <message>
        <source>许可证已到期</source>
        <translation>License expired</translation>
    </message>
    <message>
        <source>开始准备续期</source>
        <translation>Start preparing the renewal</translation>
    </message>
    <message>
        <source>续期安全日期</source>
        <translation>Renewal safe date</translation>
    </message>
    <message>
        <source>申请续期</source>
        <translation>Apply for renewal</translation>
    </message>
    <message>
        <source>报告不再续期</source>
        <translation>Report not renewing</translation>
    </message>
    <message>
        <source>申请变更</source>
        <translation>Apply for the change</translation>
    </message>
    <message>
        <source>补正并重新提交</source>
        <translation>Correct and resubmit</translation>
    </message>
    <message>
        <source>许可证到期</source>
        <translation>License expires</translation>
    </message>
    <message>
        <source>估算：该日期用到了尚未收录国务院节假日安排的年份，按周末和法定节假日（含春节、劳动节、国庆节的惯常长假）估算；在“节假日安排”中录入或导入当年安排后，估算标记会消失。</source>
        <translation>Estimated: this date depends on a year whose State Council holiday schedule is not known yet, so weekends and the statutory holidays (with the usual long breaks of Spring Festival, Labour Day and National Day) are counted as days off. Enter or import that year&apos;s schedule under Holiday schedules and the estimate mark disappears.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <source>还没有登记许可证</source>
        <translation>No license entered yet</translation>
    </message>
    <message>
        <source>记下您的呼叫中心业务（B24）经营许可证，按中国工作日（含调休）算出续期、年报等每一个法定期限；
到期前按清单逐项准备续期材料，每条规则都注明出处。数据只保存在本机的一个文件里。</source>
        <translation>Enter your call-center (B24) operating license, and every statutory deadline, from renewal to
annual reports, is worked out in Chinese working days, make-up working days included.
Before expiry, prepare the renewal materials item by item; every rule names its source.
Your data stays in a single file on this computer.</translation>
    </message>
    <message>
        <source>添加许可证</source>
        <translation>Add license</translation>
    </message>
    <message>
        <source>按证书填写一张许可证（Ctrl+N）</source>
        <translation>Enter a license from its certificate (Ctrl+N)</translation>
    </message>
    <message>
        <source>载入示例数据</source>
        <translation>Load example data</translation>
    </message>
    <message>
        <source>载入几张标有“示例”的许可证先试用；之后可一步移除</source>
        <translation>Load a few licenses marked “Example” to try the app out; remove them in one step later</translation>
    </message>
</context>
<context>
    <name>EventTexts</name>
    <message>
        <source>登记许可证 {number}</source>
        <translation>License {number} recorded</translation>
    </message>
    <message>
        <source>载入示例许可证 {number}</source>
        <translation>Example license {number} loaded</translation>
    </message>
    <message>
        <source>修改了：{fields}</source>
        <translation>Edited: {fields}</translation>
    </message>
    <message>
        <source>{year}年年报已报送</source>
        <translation>Annual report {year} filed</translation>
    </message>
    <message>
        <source>{year}年年报已报送（{day}）</source>
        <translation>Annual report {year} filed ({day})</translation>
    </message>
    <message>
        <source>登记时确认：{years} 年的年报均已报送</source>
        <translation>Confirmed when recorded: the annual reports of {years} were all filed</translation>
    </message>
    <message>
        <source>登记时说明：{years} 年的年报未全部报送</source>
        <translation>Stated when recorded: the annual reports of {years} were not all filed</translation>
    </message>
    <message>
        <source>{procedure}材料已提交（{day}）</source>
        <translation>{procedure}: materials submitted ({day})</translation>
    </message>
    <message>
        <source>收到补正通知：{requested}</source>
        <translation>Correction notice received: {requested}</translation>
    </message>
    <message>
        <source>{procedure}补正材料已重新提交（{day}）</source>
        <translation>{procedure}: corrected materials resubmitted ({day})</translation>
    </message>
    <message>
        <source>续期获批：发证日期 {old_issued} → {new_issued}，有效期至 {old_expiry} → {new_expiry}</source>
        <translation>Renewal approved: date of issue {old_issued} → {new_issued}, valid until {old_expiry} → {new_expiry}</translation>
    </message>
    <message>
        <source>{change}获批</source>
        <translation>{change} approved</translation>
    </message>
    <message>
        <source>{change}获批：{changes}</source>
        <translation>{change} approved: {changes}</translation>
    </message>
    <message>
        <source>{procedure}已办结</source>
        <translation>{procedure}: done</translation>
    </message>
    <message>
        <source>{procedure}已办结：{note}</source>
        <translation>{procedure}: done: {note}</translation>
    </message>
    <message>
        <source>决定不再续期，计划 {stop} 停止经营</source>
        <translation>Decided not to renew; operations to stop on {stop}</translation>
    </message>
    <message>
        <source>决定不再续期，到 {expiry} 为止</source>
        <translation>Decided not to renew; the license runs until {expiry}</translation>
    </message>
    <message>
        <source>决定续期（撤回“不再续期”的决定）</source>
        <translation>Decided to renew (the decision not to renew taken back)</translation>
    </message>
    <message>
        <source>撤回{procedure}：{reason}</source>
        <translation>{procedure} withdrawn: {reason}</translation>
    </message>
    <message>
        <source>撤回{procedure}的记录：{day} 的提交（记错了）</source>
        <translation>{procedure}: the submission of {day} taken back (recorded by mistake)</translation>
    </message>
    <message>
        <source>撤回{procedure}的记录：{day} 的重新提交（记错了）</source>
        <translation>{procedure}: the resubmission of {day} taken back (recorded by mistake)</translation>
    </message>
    <message>
        <source>撤回{procedure}的记录：{day} 的补正通知（{requested}）（记错了）</source>
        <translation>{procedure}: the correction notice of {day} ({requested}) taken back (recorded by mistake)</translation>
    </message>
    <message>
        <source>归档：不再显示在总览、提醒和日历中（仍可搜索，可随时取消归档）</source>
        <translation>Archived: no longer shown in the overview, reminders and calendar (still found by a search; can be unarchived at any time)</translation>
    </message>
    <message>
        <source>取消归档：重新显示在总览和提醒中</source>
        <translation>Unarchived: shown again in the overview and reminders</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>{field} {old} → {new}</source>
        <translation>{field} {old} → {new}</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>见补正通知书</source>
        <translation>see the correction notice</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>导出材料清单</source>
        <translation>Export checklist</translation>
    </message>
    <message>
        <source>这个办理事项已不存在。</source>
        <translation>This case no longer exists.</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>许可证一览</source>
        <translation>License overview</translation>
    </message>
    <message>
        <source>导出许可证一览</source>
        <translation>Export license overview</translation>
    </message>
    <message>
        <source>{procedure}材料清单</source>
        <translation>{procedure} checklist</translation>
    </message>
    <message>
        <source>材料清单已保存到：
{path}

发给同事填写；收回后用“导入员工填写的清单”导入。</source>
        <translation>The checklist was saved to:
{path}

Send it to your colleagues; when it comes back, bring it in with “Import checklist filled in by staff”.</translation>
    </message>
    <message>
        <source>{title}（{date} 起算，{status}）</source>
        <translation>{title} (from {date}, {status})</translation>
    </message>
    <message>
        <source>{title}（{status}）</source>
        <translation>{title} ({status})</translation>
    </message>
    <message>
        <source>这张许可证有几项正在办理，导出哪一项的清单？</source>
        <translation>Several procedures are under way for this license. Export the checklist of which one?</translation>
    </message>
    <message>
        <source>这张许可证没有正在办理的事项，还没有材料清单。

在许可证页面点“开始续期”或“其他办理事项”开始办理后，就可以导出它的清单。</source>
        <translation>No procedure is under way for this license, so there is no checklist yet.

Start one on the license page (“Start renewal” or “Other procedures”), then its checklist can be exported.</translation>
    </message>
    <message>
        <source>许可证一览已保存到：
{path}</source>
        <translation>The license overview was saved to:
{path}</translation>
    </message>
    <message>
        <source>所有文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>导入员工填写的清单</source>
        <translation>Import a checklist filled in by staff</translation>
    </message>
    <message>
        <source>不能导入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message numerus="yes">
        <source>已导入 %n 项材料的修改。</source>
        <translation>
            <numerusform>Imported the changes to %n material.</numerusform>
            <numerusform>Imported the changes to %n materials.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDone</name>
    <message>
        <source>打开文件</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>无法打开</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>系统没有能打开它的程序：
{path}

文件已保存，可以在文件管理器中找到它。</source>
        <translation>No program on this computer opens it:
{path}

The file is saved; you can find it in the file manager.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>使用指南</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>目录</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>指南内容</source>
        <translation>Guide text</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <source>节假日安排</source>
        <translation>Holiday schedules</translation>
    </message>
    <message>
        <source>期限按中国工作日（含调休）计算。内置安排来自 chinese-calendar；没有收录的年份按周末和法定节假日（含春节、劳动节、国庆节的惯常长假）估算，宁早勿晚，相关日期标为“估算”。国务院公布新一年的安排后，在这里录入或从文件导入，估算标记随即消失。</source>
        <translation>Deadlines are counted in Chinese working days, make-up working days included. Built-in schedules come from chinese-calendar; for a year it does not know, weekends and the statutory holidays (with the usual long breaks of Spring Festival, Labour Day and National Day) are taken as days off, erring early, and the dates are marked as estimated. When the State Council announces a new year&apos;s schedule, enter it here or import it from a file and the estimates disappear.</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>涉及许可证</source>
        <translation>Licenses</translation>
    </message>
    <message>
        <source>放假</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>粘贴通知文本…</source>
        <translation>Paste notice text…</translation>
    </message>
    <message>
        <source>备注，如通知的文号</source>
        <translation>Note, e.g. the notice&apos;s reference number</translation>
    </message>
    <message>
        <source>删除录入的安排</source>
        <translation>Delete entered schedule</translation>
    </message>
    <message>
        <source>从文件导入…</source>
        <translation>Import from file…</translation>
    </message>
    <message>
        <source>导入国务院公布的安排：holiday-cn 数据集的 JSON 文件（如 2027.json）或 .ics 节假日日历</source>
        <translation>Import the schedule the State Council announced: a JSON file of the holiday-cn data set (such as 2027.json) or an .ics holiday calendar</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>内置（chinese-calendar）</source>
        <translation>Built in (chinese-calendar)</translation>
    </message>
    <message>
        <source>已录入</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>估算（未收录）</source>
        <translation>Estimated (not known)</translation>
    </message>
    <message>
        <source>{year} 年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>{count} 张</source>
        <translation>{count}</translation>
    </message>
    <message>
        <source>放弃修改？</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>{year} 年的修改还没有保存。放弃这些修改吗？</source>
        <translation>The changes to {year} are not saved. Discard them?</translation>
    </message>
    <message>
        <source>有 {count} 张许可证的期限用到这一年。</source>
        <translation> Deadlines of {count} license(s) fall in this year.</translation>
    </message>
    <message>
        <source>内置安排，来自 chinese-calendar，无需录入。</source>
        <translation>Built-in schedule from chinese-calendar; nothing to enter.</translation>
    </message>
    <message>
        <source>已录入这一年的安排，期限按它计算。</source>
        <translation>This year&apos;s schedule has been entered; deadlines are counted with it.</translation>
    </message>
    <message>
        <source>这一年的安排已从文件导入，期限按它计算；在下面修改并保存后记为已录入。</source>
        <translation>This year&apos;s schedule was imported from a file and deadlines follow it; change it below and save, and it counts as entered.</translation>
    </message>
    <message>
        <source>尚未收录：按周末和法定节假日（含春节、劳动节、国庆节的惯常长假）估算，调休上班日未计；用到这一年的日期标为“估算”。国务院公布安排后，请在下面录入、粘贴或从文件导入。</source>
        <translation>Not known yet: weekends and the statutory holidays (with the usual long breaks of Spring Festival, Labour Day and National Day) are taken as days off, with no make-up working days, and dates that depend on this year are marked as estimated. Once the State Council announces the schedule, enter, paste or import it below.</translation>
    </message>
    <message>
        <source>保存 {year} 年安排</source>
        <translation>Save {year} schedule</translation>
    </message>
    <message>
        <source>删除导入的安排</source>
        <translation>Delete the imported schedule</translation>
    </message>
    <message>
        <source>{day}（{weekday}）  {kind}</source>
        <translation>{day} ({weekday})  {kind}</translation>
    </message>
    <message>
        <source>{first} 至 {last}（{days} 天）  {kind}</source>
        <translation>{first} to {last} ({days} days)  {kind}</translation>
    </message>
    <message>
        <source>共 放假 {holidays} 天，调休上班 {workdays} 天{unsaved}</source>
        <translation>In all: {holidays} holidays, {workdays} make-up working days{unsaved}</translation>
    </message>
    <message>
        <source>（未保存）</source>
        <translation> (not saved)</translation>
    </message>
    <message>
        <source>结束日期早于开始日期</source>
        <translation>The end date is before the start date</translation>
    </message>
    <message>
        <source>还没有录入任何放假日或调休上班日</source>
        <translation>No holiday or make-up working day has been entered yet</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>{year} 年安排已保存：用到这一年的期限不再是估算。</source>
        <translation>The {year} schedule is saved: deadlines in that year are no longer estimated.</translation>
    </message>
    <message>
        <source>{year} 年的安排没有{festivals}的放假日。</source>
        <translation>The schedule for {year} gives no day off for {festivals}.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>七个法定节日是元旦、春节、清明节、劳动节、端午节、中秋节、国庆节。安排可能不完整：请对照国务院通知核对。仍然保存吗？</source>
        <translation>The seven statutory festivals are New Year&apos;s Day, Spring Festival, Qingming, Labour Day, Dragon Boat Festival, Mid-Autumn Festival and National Day. The schedule may be incomplete: check it against the State Council notice. Save it anyway?</translation>
    </message>
    <message>
        <source>安排可能不完整</source>
        <translation>The schedule may be incomplete</translation>
    </message>
    <message>
        <source>导入节假日安排</source>
        <translation>Import a holiday schedule</translation>
    </message>
    <message>
        <source>节假日安排（{suffixes}）</source>
        <translation>Holiday schedules ({suffixes})</translation>
    </message>
    <message>
        <source>所有文件（*）</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>不能导入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>未导入任何内容：</source>
        <translation>Nothing was imported:</translation>
    </message>
    <message>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>没有可导入的年份</source>
        <translation>No year to import</translation>
    </message>
    <message>
        <source>未保存任何内容。</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <source>导入这些安排吗？</source>
        <translation>Import these schedules?</translation>
    </message>
    <message>
        <source>已导入 {years} 年的安排：用到这些年份的期限不再是估算。</source>
        <translation>Schedules for {years} imported: deadlines that use these years are no longer estimates.</translation>
    </message>
    <message>
        <source>文件：{name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <source>取代估算</source>
        <translation>replaces the estimate</translation>
    </message>
    <message>
        <source>取代已录入的安排</source>
        <translation>replaces the schedule entered</translation>
    </message>
    <message>
        <source>取代先前导入的安排</source>
        <translation>replaces the schedule imported before</translation>
    </message>
    <message>
        <source>{year} 年：放假 {holidays} 天，调休上班 {workdays} 天（{replaces}）</source>
        <translation>{year}: days off {holidays}, make-up working days {workdays} ({replaces})</translation>
    </message>
    <message>
        <source>{year} 年：已有内置安排（chinese-calendar），不导入</source>
        <translation>{year}: built in (chinese-calendar), not imported</translation>
    </message>
    <message>
        <source>{year} 年：文件中的安排为空，国务院尚未公布</source>
        <translation>{year}: the file&apos;s schedule is empty, not published by the State Council yet</translation>
    </message>
    <message>
        <source>删除录入的安排？</source>
        <translation>Delete the entered schedule?</translation>
    </message>
    <message>
        <source>删除 {year} 年录入的节假日安排吗？这一年将恢复为内置安排或估算。</source>
        <translation>Delete the holiday schedule entered for {year}? The year goes back to the built-in schedule or to the estimate.</translation>
    </message>
    <message>
        <source>删除失败</source>
        <translation>Deleting failed</translation>
    </message>
    <message>
        <source>已删除 {year} 年录入的安排。</source>
        <translation>The schedule entered for {year} is deleted.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>导入清单预览</source>
        <translation>Checklist import preview</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>材料 / 单元格</source>
        <translation>Material / cell</translation>
    </message>
    <message>
        <source>修改或问题</source>
        <translation>Change or problem</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>文件 {name}：读取 {rows} 行，{changed} 项有修改，{same} 项未改动。</source>
        <translation>File {name}: rows read: {rows}; changed: {changed}; unchanged: {same}.</translation>
    </message>
    <message>
        <source>注意：{notice}</source>
        <translation>Note: {notice}</translation>
    </message>
    <message numerus="yes">
        <source>
有 %n 处错误（红色）：改正表格后重新导入。全部无误之前不会写入任何内容。</source>
        <translation>
            <numerusform>
%n error (in red): correct the workbook and import it again. Nothing is written until everything is right.</numerusform>
            <numerusform>
%n errors (in red): correct the workbook and import it again. Nothing is written until everything is right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>导入 %n 项修改</source>
        <translation>
            <numerusform>Import %n change</numerusform>
            <numerusform>Import %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>{material}：{cell}</source>
        <translation>{material}: {cell}</translation>
    </message>
    <message>
        <source>
没有需要导入的修改。</source>
        <translation>
There are no changes to import.</translation>
    </message>
    <message>
        <source>有错误，不能导入</source>
        <translation>Errors: cannot import</translation>
    </message>
    <message>
        <source>没有修改</source>
        <translation>No changes</translation>
    </message>
    <message>
        <source>{column} 列</source>
        <translation>column {column}</translation>
    </message>
    <message>
        <source>{column}（{label}）</source>
        <translation>{column} ({label})</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>（进程 {pid}，计算机 {host}）</source>
        <translation> (process {pid} on computer {host})</translation>
    </message>
    <message>
        <source>许可证管家已经在运行{who}，并且正在使用这个数据库：
{path}

同一个数据库同一时间只能在一个窗口中修改。请切换到已经打开的许可证管家窗口。</source>
        <translation>License Keeper is already running{who} and is using this database:
{path}

A database can be changed in only one window at a time. Please switch to the License Keeper window that is already open.</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>为什么这项材料不需要准备（必填）</source>
        <translation>Why this material is not needed (required)</translation>
    </message>
    <message>
        <source>不适用原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>谁来准备</source>
        <translation>Who prepares it</translation>
    </message>
    <message>
        <source>备注（自动保存）</source>
        <translation>Note (saved automatically)</translation>
    </message>
    <message>
        <source>添加附件…</source>
        <translation>Add attachment…</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>打开所选附件（程序数据文件夹中的副本）</source>
        <translation>Open the selected attachment (the copy in the app&apos;s data folder)</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>删除…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>把所选附件移到回收站（Delete 键）：可以恢复</source>
        <translation>Move the selected attachment to the Recycle Bin (Delete key): it can be restored</translation>
    </message>
    <message>
        <source>撤销上一次修改</source>
        <translation>Undo last change</translation>
    </message>
    <message>
        <source>未准备</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>准备中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已准备</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>形式要求：{forms}
来源：{sources}</source>
        <translation>Form requirements: {forms}
Sources: {sources}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>已逾期 %n 天</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>晚于本事项最后可办理日 {date}</source>
        <translation>Later than this procedure&apos;s day to act by, {date}</translation>
    </message>
    <message>
        <source>{name}（{added}）</source>
        <translation>{name} ({added})</translation>
    </message>
    <message>
        <source>SHA-256：{sha}</source>
        <translation>SHA-256: {sha}</translation>
    </message>
    <message>
        <source>撤销：{change}（Ctrl+Z）</source>
        <translation>Undo: {change} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>这一项没有可以撤销的修改</source>
        <translation>Nothing to undo for this item</translation>
    </message>
    <message>
        <source>（Excel 导入）</source>
        <translation> (Excel import)</translation>
    </message>
    <message>
        <source>（补正通知）</source>
        <translation> (correction notice)</translation>
    </message>
    <message>
        <source>（撤销）</source>
        <translation> (undo)</translation>
    </message>
    <message>
        <source>{field} “{old}” → “{new}”</source>
        <translation>{field} “{old}” → “{new}”</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>请先写明原因，或把状态改回</source>
        <translation>Give a reason first, or change the state back</translation>
    </message>
    <message>
        <source>不适用时必须写明原因：写好后按回车</source>
        <translation>Not applicable needs a reason: type it and press Enter</translation>
    </message>
    <message>
        <source>为“{name}”添加附件</source>
        <translation>Add an attachment to “{name}”</translation>
    </message>
    <message>
        <source>所有文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>正在复制附件…</source>
        <translation>Copying attachments…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>添加附件</source>
        <translation>Add attachments</translation>
    </message>
    <message>
        <source>正在复制“{name}”…</source>
        <translation>Copying “{name}”…</translation>
    </message>
    <message>
        <source>已取消：没有添加未复制完的文件。</source>
        <translation>Cancelled: files not copied completely were not added.</translation>
    </message>
    <message>
        <source>删除附件“{name}”（{item}）？</source>
        <translation>Delete the attachment “{name}” ({item})?</translation>
    </message>
    <message>
        <source>删除附件</source>
        <translation>Delete attachment</translation>
    </message>
    <message>
        <source>已把“{name}”移到回收站（许可证 → 回收站 可以恢复）。</source>
        <translation>“{name}” was moved to the Recycle Bin (Licenses → Recycle Bin to restore it).</translation>
    </message>
</context>
<context>
    <name>ItemState</name>
    <message>
        <source>未准备</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>准备中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已准备</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
</context>
<context>
    <name>LicenseActions</name>
    <message numerus="yes">
        <source>%n 个办理事项</source>
        <translation>
            <numerusform>%n procedure</numerusform>
            <numerusform>%n procedures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 个附件</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 个证书文件</source>
        <translation>
            <numerusform>%n certificate file</numerusform>
            <numerusform>%n certificate files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 条历史记录</source>
        <translation>
            <numerusform>%n history entry</numerusform>
            <numerusform>%n history entries</numerusform>
        </translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>删除许可证 {number}（{company}）？</source>
        <translation>Delete the license {number} ({company})?</translation>
    </message>
    <message numerus="yes">
        <source>其中 %n 个办理事项还在进行中。</source>
        <translation>
            <numerusform>%n of its procedures is still under way.</numerusform>
            <numerusform>%n of its procedures are still under way.</numerusform>
        </translation>
    </message>
    <message>
        <source>删除许可证</source>
        <translation>Delete license</translation>
    </message>
    <message>
        <source>没有删除</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>已把 {number} 移到回收站（许可证 → 回收站 可以恢复）。</source>
        <translation>{number} was moved to the Recycle Bin (Licenses → Recycle Bin to restore it).</translation>
    </message>
    <message>
        <source>不能归档</source>
        <translation>Cannot archive</translation>
    </message>
    <message>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>归档 {number}（{company}）？归档后它不再显示在总览、提醒和日历中；历史记录都保留，在总览中搜索仍能找到，随时可以取消归档。</source>
        <translation>Archive {number} ({company})? It will no longer show on the dashboard, in reminders or in the calendar; its history is kept, a search on the dashboard still finds it, and it can be unarchived at any time.</translation>
    </message>
    <message>
        <source>没有归档</source>
        <translation>Not archived</translation>
    </message>
    <message>
        <source>已归档 {number}：在总览中选“已归档”或搜索可以找到。</source>
        <translation>{number} archived: choose “Archived” on the dashboard, or search, to find it.</translation>
    </message>
    <message>
        <source>没有取消归档</source>
        <translation>Not unarchived</translation>
    </message>
    <message>
        <source>已取消归档 {number}：重新显示在总览和提醒中。</source>
        <translation>{number} unarchived: it shows on the dashboard and in reminders again.</translation>
    </message>
</context>
<context>
    <name>LicenseForm</name>
    <message>
        <source>如 京B2-20190350（地网）或 B2-20110196（全网）</source>
        <translation>e.g. 京B2-20190350 (provincial) or B2-20110196 (nationwide)</translation>
    </message>
    <message>
        <source>与营业执照一致的完整名称</source>
        <translation>Full name, as on the business license</translation>
    </message>
    <message>
        <source>18 位，如 91110108MA01ABCD1E</source>
        <translation>18 characters, e.g. 91110108MA01ABCD1E</translation>
    </message>
    <message>
        <source>以万元计，如 1000</source>
        <translation>In units of 10,000 yuan, e.g. 1000</translation>
    </message>
    <message>
        <source>全国，或省份名称</source>
        <translation>全国 (nationwide) or a province</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DD，以证书所印为准</source>
        <translation>YYYY-MM-DD, as printed on the certificate</translation>
    </message>
    <message>
        <source>如 010-12345678 或 13800138000</source>
        <translation>e.g. 010-12345678 or 13800138000</translation>
    </message>
    <message>
        <source>以逗号分隔的天数，如 180,90,30,7</source>
        <translation>Days, separated by commas, e.g. 180,90,30,7</translation>
    </message>
    <message>
        <source>地网（省内）</source>
        <translation>Provincial (within one province)</translation>
    </message>
    <message>
        <source>全网（跨地区）</source>
        <translation>Nationwide (across regions)</translation>
    </message>
    <message>
        <source>请选择（按编号自动判断）</source>
        <translation>Choose (follows the number)</translation>
    </message>
    <message>
        <source>经营许可证编号</source>
        <translation>License number</translation>
    </message>
    <message>
        <source>公司名称</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>注册住所</source>
        <translation>Registered address</translation>
    </message>
    <message>
        <source>注册资本（万元）</source>
        <translation>Registered capital (10,000 yuan)</translation>
    </message>
    <message>
        <source>出资方式</source>
        <translation>Capital contribution</translation>
    </message>
    <message>
        <source>业务种类</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>业务覆盖范围</source>
        <translation>Service coverage</translation>
    </message>
    <message>
        <source>许可范围</source>
        <translation>License scope</translation>
    </message>
    <message>
        <source>发证机关</source>
        <translation>Issuing authority</translation>
    </message>
    <message>
        <source>发证日期</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>特别规定事项</source>
        <translation>Special conditions</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>提醒提前天数</source>
        <translation>Reminder lead times (days)</translation>
    </message>
    <message>
        <source>注册资本 {capital} 万元低于{scope}要求的 {minimum} 万元，续期时会被审查</source>
        <translation>Registered capital of {capital} (10,000 yuan) is below the {minimum} required for {scope}: the renewal will look at it</translation>
    </message>
    <message>
        <source>有效期超过 5 年，请核对“有效期至”是否抄错</source>
        <translation>Valid for more than 5 years: check that “Valid until” was copied right</translation>
    </message>
    <message>
        <source>必须填写</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>必须选择 全网（national）或 地网（provincial）</source>
        <translation>Choose nationwide or provincial</translation>
    </message>
    <message>
        <source>旧式编号：我已核对，证书上确实这样印制</source>
        <translation>Old-style number: I checked, the certificate prints it so</translation>
    </message>
    <message>
        <source>（出资方式未填）</source>
        <translation>(contribution not given)</translation>
    </message>
    <message>
        <source>建议 &lt;a href=&quot;use&quot; style=&quot;{style}&quot;&gt;{date}&lt;/a&gt;（发证日期 + 5 年），点日期填入</source>
        <translation>Suggested: &lt;a href=&quot;use&quot; style=&quot;{style}&quot;&gt;{date}&lt;/a&gt; (date of issue + 5 years); click the date to fill it in</translation>
    </message>
    <message>
        <source>请以证书所印为准。点日期（或按 Tab 到这里再按回车）把它填入“有效期至”。</source>
        <translation>The certificate decides. Click the date (or Tab here and press Enter) to put it in “Valid until”.</translation>
    </message>
    <message>
        <source>认缴</source>
        <translation>Subscribed</translation>
    </message>
    <message>
        <source>实缴</source>
        <translation>Paid-in</translation>
    </message>
    <message>
        <source>留空则为：</source>
        <translation>If left empty: </translation>
    </message>
</context>
<context>
    <name>LicenseNumber</name>
    <message>
        <source>过长：许可证编号不超过 {limit} 个字符，现在 {length} 个</source>
        <translation>Too long: a license number has at most {limit} characters, this one has {length}</translation>
    </message>
    <message>
        <source>编号中没有 B2：呼叫中心业务属于第二类增值电信业务，编号应含 B2，如 B2-20110196（全网）或 京B2-20190350（地网）</source>
        <translation>The number has no B2: a call center is a class-2 value-added telecom service, so its number contains B2, e.g. B2-20110196 (nationwide) or 京B2-20190350 (provincial)</translation>
    </message>
    <message>
        <source>业务类别 {classes} 重复：每个类别只写一次，如 B2 或 A2.B1.B2</source>
        <translation>Service class {classes} repeated: write each class once, e.g. B2 or A2.B1.B2</translation>
    </message>
    <message>
        <source>这是旧式编号格式（如 辽B-2-4-20080039），请确认证书上确实如此印制后再保存</source>
        <translation>This is the old number format (e.g. 辽B-2-4-20080039): confirm that the certificate is printed so before saving</translation>
    </message>
    <message>
        <source>编号中的首次发证年份 {year} 在今年（{this_year}）之后，不可能是首次发证年份：短横线后 8 位数字是 4 位首次发证年份加 4 位序号，请核对</source>
        <translation>The year of first issue in the number, {year}, is after this year ({this_year}) and cannot be right: the 8 digits after the dash are the 4-digit year of first issue and a 4-digit serial number. Please check</translation>
    </message>
    <message>
        <source>编号中的首次发证年份 {year} 不合理：应在 {first}–{this_year} 之间（短横线后 8 位数字是 4 位首次发证年份加 4 位序号），请核对</source>
        <translation>The year of first issue in the number, {year}, is not plausible: it should be between {first} and {this_year} (the 8 digits after the dash are the 4-digit year of first issue and a 4-digit serial number). Please check</translation>
    </message>
    <message>
        <source>省份简称“{given}”不用于许可证编号，应为“{right}”</source>
        <translation>License numbers do not use the abbreviation “{given}” for the province: it should be “{right}”</translation>
    </message>
    <message>
        <source>“{given}”不是省级行政区简称（可用：{provinces}）</source>
        <translation>“{given}” is not a province&apos;s abbreviation (possible: {provinces})</translation>
    </message>
    <message>
        <source>缺少短横线“-”，格式应如 B2-20110196（全网）或 京B2-20190350（地网）</source>
        <translation>The dash “-” is missing: the number should look like B2-20110196 (nationwide) or 京B2-20190350 (provincial)</translation>
    </message>
    <message>
        <source>短横线后应为 8 位数字（4 位首次发证年份 + 4 位序号），现在是“{digits}”</source>
        <translation>8 digits should follow the dash (the 4-digit year of first issue + a 4-digit serial number), not “{digits}”</translation>
    </message>
    <message>
        <source>业务类别“{classes}”格式不正确，应如 B2 或 A2.B1.B2；完整格式如 B2-20110196（全网）或 京B2-20190350（地网）</source>
        <translation>The service classes “{classes}” are not written correctly: they should look like B2 or A2.B1.B2; a whole number looks like B2-20110196 (nationwide) or 京B2-20190350 (provincial)</translation>
    </message>
    <message>
        <source>格式不正确，应如 B2-20110196（全网）或 京B2-20190350（地网）</source>
        <translation>Not a valid number: it should look like B2-20110196 (nationwide) or 京B2-20190350 (provincial)</translation>
    </message>
    <message>
        <source>编号中的首次发证年份 {year} 晚于发证日期 {issued}，请核对</source>
        <translation>The year of first issue in the number, {year}, is after the date of issue {issued}. Please check</translation>
    </message>
    <message>
        <source>编号以“{province}”开头，是{province_name}的地网（省内）许可证，许可范围应为 地网</source>
        <translation>The number starts with “{province}”: it is a provincial license of {province_name}, so the scope should be provincial</translation>
    </message>
    <message>
        <source>编号没有省份简称，是工业和信息化部发的全网（跨地区）许可证，许可范围应为 全网</source>
        <translation>The number has no province abbreviation: it is a nationwide license issued by the Ministry of Industry and Information Technology, so the scope should be nationwide</translation>
    </message>
    <message>
        <source>编号 {number} 的许可证（{company}）在回收站中：到“许可证 → 回收站”恢复它；或在回收站中彻底删除后再用这个编号</source>
        <translation>The license {number} ({company}) is in the Recycle Bin: restore it from “Licenses → Recycle Bin”, or delete it permanently there before using this number again</translation>
    </message>
    <message>
        <source>编号 {number} 已登记（{company}），不能重复添加</source>
        <translation>The number {number} is already recorded ({company}) and cannot be added twice</translation>
    </message>
    <message>
        <source>编号 {number} 已属于另一张许可证（{company}）</source>
        <translation>The number {number} already belongs to another license ({company})</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>LicensePage</name>
    <message>
        <source>← 返回总览</source>
        <translation>← Back to overview</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>示例</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>示例数据：可在“许可证 → 移除示例数据”中一步移除</source>
        <translation>Example data: remove it in one step with License → Remove example data</translation>
    </message>
    <message>
        <source>开始续期</source>
        <translation>Start renewal</translation>
    </message>
    <message>
        <source>为这张许可证开始续期办理，逐项准备材料</source>
        <translation>Start the renewal of this license and prepare its materials item by item</translation>
    </message>
    <message>
        <source>其他办理事项</source>
        <translation>Other procedures</translation>
    </message>
    <message>
        <source>年报、变更、注销、补办或新申请：逐项准备材料</source>
        <translation>Annual report, change, cancellation, replacement or new application: prepare the materials item by item</translation>
    </message>
    <message>
        <source>决定不再续期…</source>
        <translation>Decide not to renew…</translation>
    </message>
    <message>
        <source>不再续期的，到期前 90 日报告注销并做好用户善后</source>
        <translation>A license that will not be renewed must report the stop (cancellation) 90 days before it ends and look after its users</translation>
    </message>
    <message>
        <source>撤回“不再续期”的决定</source>
        <translation>Take back the decision not to renew</translation>
    </message>
    <message>
        <source>更多</source>
        <translation>More</translation>
    </message>
    <message>
        <source>归档或删除这张许可证</source>
        <translation>Archive or delete this license</translation>
    </message>
    <message>
        <source>归档…</source>
        <translation>Archive…</translation>
    </message>
    <message>
        <source>已注销或已过期的许可证：不再显示在总览、提醒和日历中，仍可搜索</source>
        <translation>A cancelled or expired license: off the dashboard, reminders and calendar, still searchable</translation>
    </message>
    <message>
        <source>取消归档</source>
        <translation>Unarchive</translation>
    </message>
    <message>
        <source>删除许可证…</source>
        <translation>Delete license…</translation>
    </message>
    <message>
        <source>撤销修改</source>
        <translation>Revert changes</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>历史记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>双击一条办理事项的记录，打开那项办理</source>
        <translation>Double-click a line about a procedure to open that procedure</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>办理事项</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <source>按证书填写；带 * 的信息必填：经营许可证编号、公司名称、许可范围、发证日期、有效期至。</source>
        <translation>Fill in from the certificate. Fields marked * are required: license number, company, license scope, date of issue, valid until.</translation>
    </message>
    <message>
        <source>添加许可证</source>
        <translation>Add license</translation>
    </message>
    <message>
        <source>已归档：这张许可证不在总览、提醒和日历中（在总览中搜索编号或公司名称仍能找到）。要重新提醒，点“更多 → 取消归档”。</source>
        <translation>Archived: this license is off the dashboard, reminders and calendar (a search for its number or company on the dashboard still finds it). To be reminded again, choose “More → Unarchive”.</translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>已归档：不在总览、提醒和日历中</source>
        <translation>Archived: off the dashboard, reminders and calendar</translation>
    </message>
    <message>
        <source>记录于 %1</source>
        <translation>Recorded on %1</translation>
    </message>
    <message>
        <source>双击打开这项办理</source>
        <translation>Double-click to open this procedure</translation>
    </message>
    <message>
        <source>{procedure}：{status}</source>
        <translation>{procedure}: {status}</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>Under way</translation>
    </message>
    <message>
        <source>%v / %m 项</source>
        <translation>%v / %m items</translation>
    </message>
    <message>
        <source>最后可办理日 %1</source>
        <translation>Act by %1</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>{status}（{date}）</source>
        <translation>{status} ({date})</translation>
    </message>
    <message>
        <source>查看</source>
        <translation>View</translation>
    </message>
    <message>
        <source>只读：清单、附件和办理经过</source>
        <translation>Read-only: checklist, attachments and steps</translation>
    </message>
    <message>
        <source>⋯</source>
        <translation>⋯</translation>
    </message>
    <message>
        <source>更多操作</source>
        <translation>More actions</translation>
    </message>
    <message>
        <source>撤回办理…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>删除…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>已办结的办理事项是许可证历史的一部分，不能删除</source>
        <translation>A finished procedure is part of the license&apos;s history and cannot be deleted</translation>
    </message>
    <message>
        <source>已撤回：原因已记入历史记录；这项办理列在“已办结”中，需要时可以重新开始。</source>
        <translation>Withdrawn: the reason is in the history; the procedure is listed under “Finished”, and can be started again when needed.</translation>
    </message>
    <message>
        <source>{items} 项材料的清单、{attachments} 个附件</source>
        <translation>its checklist of {items} materials, {attachments} attachment(s)</translation>
    </message>
    <message>
        <source>删除办理事项“{title}”？</source>
        <translation>Delete the procedure “{title}”?</translation>
    </message>
    <message>
        <source>删除办理事项</source>
        <translation>Delete procedure</translation>
    </message>
    <message>
        <source>已把“{title}”移到回收站（许可证 → 回收站 可以恢复）。</source>
        <translation>“{title}” was moved to the Recycle Bin (Licenses → Recycle Bin to restore it).</translation>
    </message>
    <message>
        <source>这项办理已删除（可能在回收站中）。</source>
        <translation>This procedure was deleted (it may be in the Recycle Bin).</translation>
    </message>
    <message>
        <source>都已改好：点“保存”（Ctrl+S）保存。</source>
        <translation>All put right: click “Save” (Ctrl+S) to save.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>这张许可证 {years} 年的年报（每年第一季度报送上一年度情况）报送期都已过。这些年报都已报送了吗？</source>
        <translation>The filing periods of this license&apos;s annual reports for {years} (each filed in the first quarter, on the year before) are over. Were all of them filed?</translation>
    </message>
    <message>
        <source>往年的年报</source>
        <translation>Past annual reports</translation>
    </message>
    <message>
        <source>选“都已报送”就不再提示；选“有未报送的”，这些年份会标为未记录报送，以后可在“期限”中逐年标记。</source>
        <translation>Choose “All filed” and you will not be asked again; choose “Some were not”, and those years are marked as not recorded: you can mark each one filed later under Deadlines.</translation>
    </message>
    <message>
        <source>都已报送</source>
        <translation>All filed</translation>
    </message>
    <message>
        <source>有未报送的</source>
        <translation>Some were not</translation>
    </message>
    <message>
        <source>继续办理</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>办理事项（%1）</source>
        <translation>Procedures (%1)</translation>
    </message>
    <message numerus="yes">
        <source>未保存：有 %n 处需要修改，见各栏下方的红字。</source>
        <translation>
            <numerusform>Not saved: %n field needs correcting; see the red text below it.</numerusform>
            <numerusform>Not saved: %n fields need correcting; see the red text below each field.</numerusform>
        </translation>
    </message>
    <message>
        <source>未保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>这张许可证目前没有进行中的办理事项。
到了要办的时候（“期限”中写着何时），点上方的“开始续期”或“其他办理事项”。</source>
        <translation>No procedure is under way for this license.
When one is due (the Deadlines tab says when), click “Start renewal” or “Other procedures” above.</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>已保存；往年年报已记录为已报送。</source>
        <translation>Saved; the past annual reports are recorded as filed.</translation>
    </message>
    <message>
        <source>已保存。未报送的年报在“期限”中标为“未记录报送”；已补报的，选中后标记为已报送。</source>
        <translation>Saved. Unfiled annual reports show as “not recorded” under Deadlines; select one filed later and mark it filed.</translation>
    </message>
    <message>
        <source>已记录：不再续期。应报告注销并做好用户善后，见“期限”。</source>
        <translation>Recorded: not renewing. Report the stop (cancellation) and look after the users; see Deadlines.</translation>
    </message>
    <message>
        <source>撤回后，续期申请重新列为待办（到期前 90 日提交）。要撤回吗？</source>
        <translation>The renewal application will be due again (90 days before expiry). Take the decision back?</translation>
    </message>
    <message>
        <source>已撤回“不再续期”的决定：续期重新列为待办。</source>
        <translation>The decision not to renew is taken back: the renewal is due again.</translation>
    </message>
    <message>
        <source>已撤销未保存的修改。</source>
        <translation>Unsaved changes reverted.</translation>
    </message>
    <message>
        <source>已记录 %1 年年报于 %2 报送。</source>
        <translation>Recorded the %1 annual report as filed on %2.</translation>
    </message>
    <message>
        <source>第 1 步：核对许可证信息</source>
        <translation>Step 1: Check the license details</translation>
    </message>
    <message>
        <source>请对照证书核对。修改会在点击“下一步”时保存；有问题的地方会在字段下方说明。</source>
        <translation>Check the details against the certificate. Changes are saved when you click “Next”; any problem is explained below its field.</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>旧式许可证编号</source>
        <translation>Old-style license number</translation>
    </message>
    <message>
        <source>“{number}”是旧式编号格式。证书上确实这样印制吗？</source>
        <translation>“{number}” is an old-style license number. Is it really printed like this on the certificate?</translation>
    </message>
</context>
<context>
    <name>LicenseSituation</name>
    <message>
        <source>许可证已于 {date} 注销，不再有续期和年报要办。</source>
        <translation>The license was cancelled on {date}: no renewal or annual report is owed any more.</translation>
    </message>
    <message>
        <source>许可证已到期。</source>
        <translation>The license has expired. </translation>
    </message>
    <message>
        <source>续期已错过。</source>
        <translation>The renewal was missed. </translation>
    </message>
    <message>
        <source>已决定不再续期，注销报告已提交，等待发证机关办结。</source>
        <translation>The company decided not to renew; the cancellation report is submitted and awaits the authority.</translation>
    </message>
    <message>
        <source>已决定不再续期：应在 {act_by} 前报告注销（法定最后一日 {due}），并做好用户善后；许可证到 {expiry} 为止。</source>
        <translation>The company decided not to renew: report the stop (cancellation) by {act_by} (legal last day {due}) and look after the users; the license runs until {expiry}.</translation>
    </message>
    <message>
        <source>续期申请已于 {date} 提交（已按补正通知补正），等待发证机关决定：受理后 60 日内作出决定（从提交起算约到 {decision}）。</source>
        <translation>The renewal application was submitted on {date} (corrected as the correction notice asked) and awaits the authority&apos;s decision: within 60 days of acceptance (counted from submission, about {decision}).</translation>
    </message>
    <message>
        <source>续期申请已于 {date} 提交，等待发证机关决定：材料不齐的，应在 {notice} 前一次告知补正；受理后 60 日内作出决定（从提交起算约到 {decision}）。</source>
        <translation>The renewal was submitted on {date} and awaits the authority&apos;s decision: missing materials are to be notified by {notice}, all at once; the decision is due within 60 days of acceptance (about {decision}, counted from the submission).</translation>
    </message>
    <message>
        <source>有效期届满前仍未作出决定的，视为准予延续（《行政许可法》第五十条）。</source>
        <translation> If no decision has come when the term runs out, the renewal counts as granted (Administrative Licensing Law, Art. 50).</translation>
    </message>
</context>
<context>
    <name>LicenseTableModel</name>
    <message>
        <source>公司名称</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>许可证编号</source>
        <translation>License number</translation>
    </message>
    <message>
        <source>许可范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>下一期限</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>期限日期</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>剩余天数</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>全网</source>
        <translation>Nationwide</translation>
    </message>
    <message>
        <source>地网</source>
        <translation>Provincial</translation>
    </message>
    <message>
        <source>〔示例〕</source>
        <translation>[Example] </translation>
    </message>
    <message>
        <source>〔已归档〕</source>
        <translation>[Archived] </translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>（估算）</source>
        <translation> (estimated)</translation>
    </message>
    <message>
        <source>%1
依据：%2</source>
        <translation>%1
Source: %2</translation>
    </message>
    <message>
        <source>示例数据：可在“许可证 → 移除示例数据”中一步移除</source>
        <translation>Example data: remove it in one step with License → Remove example data</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>许可证管家</source>
        <translation>License Keeper</translation>
    </message>
    <message>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>许可证(&amp;L)</source>
        <translation>&amp;Licenses</translation>
    </message>
    <message>
        <source>添加许可证…</source>
        <translation>Add license…</translation>
    </message>
    <message>
        <source>删除许可证…</source>
        <translation>Delete License…</translation>
    </message>
    <message>
        <source>回收站…</source>
        <translation>Recycle Bin…</translation>
    </message>
    <message>
        <source>载入示例数据</source>
        <translation>Load example data</translation>
    </message>
    <message>
        <source>移除示例数据</source>
        <translation>Remove example data</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>返回总览</source>
        <translation>Back to overview</translation>
    </message>
    <message>
        <source>筛选…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>到期提醒…</source>
        <translation>Deadline reminders…</translation>
    </message>
    <message>
        <source>导出日历（.ics）…</source>
        <translation>Export calendar (.ics)…</translation>
    </message>
    <message>
        <source>节假日安排…</source>
        <translation>Holiday schedules…</translation>
    </message>
    <message>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Excel(&amp;X)</source>
        <translation>E&amp;xcel</translation>
    </message>
    <message>
        <source>导出材料清单…</source>
        <translation>Export checklist…</translation>
    </message>
    <message>
        <source>所选许可证（或打开的许可证页面）正在办理的事项的材料清单</source>
        <translation>The checklist of the procedure under way for the selected license (or the license page open)</translation>
    </message>
    <message>
        <source>导出许可证一览…</source>
        <translation>Export license overview…</translation>
    </message>
    <message>
        <source>导入员工填写的清单…</source>
        <translation>Import checklist filled in by staff…</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>使用指南…</source>
        <translation>Guide…</translation>
    </message>
    <message>
        <source>关于许可证管家…</source>
        <translation>About License Keeper…</translation>
    </message>
    <message>
        <source>这张许可证已不存在（可能已被删除）。</source>
        <translation>This license no longer exists (it may have been deleted).</translation>
    </message>
    <message>
        <source>先在总览中选中一张许可证，或打开它的页面，再导出它的材料清单。</source>
        <translation>First select a license on the dashboard, or open its page, then export its checklist.</translation>
    </message>
    <message>
        <source>先在总览中选中一张许可证，或打开它的页面。</source>
        <translation>Select a license on the dashboard first, or open its page.</translation>
    </message>
    <message>
        <source>无法载入示例数据</source>
        <translation>Cannot load the example data</translation>
    </message>
    <message numerus="yes">
        <source>已载入 %n 张示例许可证。</source>
        <translation>
            <numerusform>Loaded %n example license.</numerusform>
            <numerusform>Loaded %n example licenses.</numerusform>
        </translation>
    </message>
    <message>
        <source>无法移除示例数据</source>
        <translation>Cannot remove the example data</translation>
    </message>
    <message numerus="yes">
        <source>已移除 %n 张示例许可证及其记录。</source>
        <translation>
            <numerusform>Removed %n example license and its records.</numerusform>
            <numerusform>Removed %n example licenses and their records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotRenewingDialog</name>
    <message>
        <source>决定不再续期</source>
        <translation>Decide not to renew</translation>
    </message>
    <message>
        <source>不再续期的，应在停止经营前 90 日向原发证机关报告（注销），并做好用户善后：通知用户、妥善处理未完成的服务。登记后，“期限”中的续期换成注销报告。以后改变主意，可在“其他办理事项”中撤回这个决定。</source>
        <translation>A company that will not renew reports the stop (cancellation) to the issuing authority 90 days before it stops, and looks after its users: tells them, and settles the services still running. Once recorded, the renewal under Deadlines is replaced by the cancellation report. To change your mind later, take the decision back under Other procedures.</translation>
    </message>
    <message>
        <source>作出决定的日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>计划停止经营的日期</source>
        <translation>Business stops on</translation>
    </message>
    <message>
        <source>登记不再续期</source>
        <translation>Record: not renewing</translation>
    </message>
    <message>
        <source>应在 {date}（{weekday}）前报告注销（停止经营日 {stop} 前 90 日）。</source>
        <translation>Report the stop (cancellation) by {date} ({weekday}), 90 days before the business stops on {stop}.</translation>
    </message>
    <message>
        <source>这一天已过：请尽快报告，并做好用户善后。</source>
        <translation> That day has passed: report as soon as possible and look after the users.</translation>
    </message>
</context>
<context>
    <name>NotificationsTab</name>
    <message>
        <source>开机自动启动</source>
        <translation>Start at login</translation>
    </message>
    <message>
        <source>开机登录后在托盘中启动（不打开窗口）</source>
        <translation>Start in the tray when I log in (no window)</translation>
    </message>
    <message>
        <source>每天（以及电脑从睡眠中醒来时）检查一次期限：有期限新进入提醒期或已逾期时，在屏幕角落弹出系统通知，点击即打开那张许可证。只为当前用户设置，不需要管理员权限。</source>
        <translation>Checks the deadlines once a day (and when the computer wakes from sleep): when a deadline enters its reminder period or becomes overdue, a system notice appears in the corner of the screen; click it to open that license. For the current user only; no administrator rights needed.</translation>
    </message>
    <message>
        <source>启动项：{where}（指向的不是现在这个程序，取消再勾选即可更新）</source>
        <translation>Login item: {where} (it starts another copy of the program; untick and tick again to update it)</translation>
    </message>
    <message>
        <source>启动项：{where}</source>
        <translation>Login item: {where}</translation>
    </message>
    <message>
        <source>{where} 不是许可证管家写的，没有动它。</source>
        <translation>{where} was not written by License Keeper and was left alone.</translation>
    </message>
    <message>
        <source>未开启。勾选后写入：{where}</source>
        <translation>Off. Ticking it writes: {where}</translation>
    </message>
    <message>
        <source>无法更改开机启动项：{error}</source>
        <translation>Could not change the login item: {error}</translation>
    </message>
    <message>
        <source>群通知（企业微信、钉钉、飞书）</source>
        <translation>Group notices (WeCom, DingTalk, Feishu)</translation>
    </message>
    <message>
        <source>每天给公司的群发一份摘要：新进入提醒期的、已逾期或已错过的期限，写明公司、编号、要做什么、办理截止日和剩余天数；每项在每个提醒阶段只发一次。没发出去的，在这里和状态栏显示，第二天再发。许可证管家只连接这里填写的机器人地址。</source>
        <translation>Once a day, a digest goes to the company&apos;s group chat: the deadlines that entered a reminder period, and those overdue or missed, with the company, the number, what to do, the day to act by and the days left; each item is sent once per reminder stage. What could not be sent is shown here and in the status bar, and sent the next day. License Keeper connects only to the robot addresses entered here.</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>提醒的许可证</source>
        <translation>Licenses</translation>
    </message>
    <message>
        <source>上次发送</source>
        <translation>Last sent</translation>
    </message>
    <message>
        <source>还没有群机器人。点“添加机器人…”，按提示从群设置中复制机器人的地址。</source>
        <translation>No group robot yet. Click “Add robot…” and copy the robot&apos;s address from the group&apos;s settings as shown.</translation>
    </message>
    <message>
        <source>添加机器人…</source>
        <translation>Add robot…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>发送测试消息</source>
        <translation>Send a test message</translation>
    </message>
    <message>
        <source>全部许可证</source>
        <translation>All licenses</translation>
    </message>
    <message>
        <source>（所选许可证已不存在）</source>
        <translation>(the chosen licenses no longer exist)</translation>
    </message>
    <message>
        <source>还没有发送过</source>
        <translation>Not sent yet</translation>
    </message>
    <message>
        <source>{day} 成功：{message}</source>
        <translation>{day} OK: {message}</translation>
    </message>
    <message>
        <source>{day} 没有发出：{message}（明天再试）</source>
        <translation>{day} not sent: {message} (tried again tomorrow)</translation>
    </message>
    <message>
        <source>已保存“{name}”。</source>
        <translation>Saved “{name}”.</translation>
    </message>
    <message>
        <source>删除群机器人</source>
        <translation>Remove group robot</translation>
    </message>
    <message>
        <source>删除“{name}”吗？它不再收到提醒；保存的地址、密钥和发送记录一并删除。</source>
        <translation>Remove “{name}”? It gets no more reminders; its saved address, secret and record of what was sent are removed too.</translation>
    </message>
    <message>
        <source>已删除“{name}”。</source>
        <translation>Removed “{name}”.</translation>
    </message>
    <message>
        <source>正在给“{name}”发送测试消息……</source>
        <translation>Sending a test message to “{name}”…</translation>
    </message>
    <message>
        <source>已给“{name}”发送测试消息，请到群里查看。</source>
        <translation>Test message sent to “{name}”: look in the group chat.</translation>
    </message>
    <message>
        <source>测试消息没有发出：{problem}</source>
        <translation>The test message was not sent: {problem}</translation>
    </message>
</context>
<context>
    <name>ObligationTitles</name>
    <message>
        <source>申请续期（有效期至 {expiry}，到期前 {days} 日）</source>
        <translation>Apply for renewal (valid until {expiry}; {days} days before)</translation>
    </message>
    <message>
        <source>申请续期（有效期至 {expiry}，到期前 {days} 日；不再续期的，同一日前报告注销）</source>
        <translation>Apply for renewal (valid until {expiry}; {days} days before; not renewing: report it by then)</translation>
    </message>
    <message>
        <source>申请续期（有效期至 {expiry}）</source>
        <translation>Apply for renewal (valid until {expiry})</translation>
    </message>
    <message>
        <source>开始准备续期（到期前 {days} 日）</source>
        <translation>Start preparing the renewal ({days} days before expiry)</translation>
    </message>
    <message>
        <source>续期安全日期（到期前第 {days} 个工作日）</source>
        <translation>Renewal safe date ({days} working days before expiry)</translation>
    </message>
    <message>
        <source>报告不再续期（注销）并做好用户善后（停止经营日 {stop} 前 {days} 日）</source>
        <translation>Report not renewing (cancellation) and look after the users ({days} days before the business stops on {stop})</translation>
    </message>
    <message>
        <source>许可证到期（有效期至）</source>
        <translation>License expires (valid until)</translation>
    </message>
    <message>
        <source>{year}年年报（报告{reported}年度）</source>
        <translation>{year} annual report (for {reported})</translation>
    </message>
    <message>
        <source>{change}：{trigger}（{day}）起 {days} 日内申请</source>
        <translation>{change}: apply within {days} days of {trigger} ({day})</translation>
    </message>
    <message>
        <source>{change}：{trigger}起 {days} 日内申请</source>
        <translation>{change}: apply within {days} days of {trigger}</translation>
    </message>
    <message>
        <source>补正并重新提交（{notice} 的补正通知）</source>
        <translation>Correct and resubmit (correction notice of {notice})</translation>
    </message>
    <message>
        <source>；法定最后一日 {due}（{weekday}）不是工作日，最后可办理日为 {act_by}</source>
        <translation>; the legal last day {due} ({weekday}) is not a working day: act by {act_by}</translation>
    </message>
</context>
<context>
    <name>PasteScheduleDialog</name>
    <message>
        <source>粘贴 {year} 年节假日安排</source>
        <translation>Paste the {year} holiday schedule</translation>
    </message>
    <message>
        <source>每行一个日期或区间，后写“休”（放假）或“班”（调休上班），如：
2027-02-10 至 2027-02-17 休
2027-02-07 班
也可以直接粘贴国务院通知的原文，如“春节：2月10日至17日放假调休，共8天。2月7日（星期日）上班。”</source>
        <translation>One date or range per line, followed by 休 (holiday) or 班 (make-up working day), for example:
2027-02-10 至 2027-02-17 休
2027-02-07 班
You can also paste the State Council notice as it is, e.g. “春节：2月10日至17日放假调休，共8天。2月7日（星期日）上班。”</translation>
    </message>
    <message>
        <source>在这里粘贴……</source>
        <translation>Paste here…</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>采用（替换当前列表）</source>
        <translation>Use this (replaces the current list)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>文本</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>预览：放假 {holidays} 天，调休上班 {workdays} 天</source>
        <translation>Preview: {holidays} holidays, {workdays} make-up working days</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <source>{name} — {number} {company}</source>
        <translation>{name} — {number} {company}</translation>
    </message>
    <message>
        <source>导出 Excel 清单…</source>
        <translation>Export Excel checklist…</translation>
    </message>
    <message>
        <source>导入员工填写的清单…</source>
        <translation>Import checklist filled in by staff…</translation>
    </message>
    <message>
        <source>结果说明（可不填），如：已取得变更后的许可证</source>
        <translation>Outcome (optional), e.g. received the changed license</translation>
    </message>
    <message>
        <source>收到补正通知…</source>
        <translation>Correction notice received…</translation>
    </message>
    <message>
        <source>撤回上一步…</source>
        <translation>Take Back Last Step…</translation>
    </message>
    <message>
        <source>撤回办理…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>不再办理这件事：办理结束，原因记入历史，可以重新开始</source>
        <translation>Give this procedure up: it ends, the reason goes into the history, and it can be started again</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>随时可以关闭：改动都已保存</source>
        <translation>You can close at any time: changes are saved</translation>
    </message>
    <message>
        <source>{year} 年年报（报告 {previous} 年度）</source>
        <translation>{year} annual report (for {previous})</translation>
    </message>
    <message>
        <source>把这份清单导出为 Excel 文件，发给同事填写（{keys}）</source>
        <translation>Export this checklist as an Excel file for colleagues to fill in ({keys})</translation>
    </message>
    <message>
        <source>本窗口尚未接入 Excel 导出功能，暂时无法导出</source>
        <translation>Excel export is not connected to this window yet, so it cannot export for now</translation>
    </message>
    <message>
        <source>（Excel 导出功能尚未接入）</source>
        <translation>(Excel export not connected yet)</translation>
    </message>
    <message>
        <source>同事填好后，把表格导入回来：先预览每一处修改（{keys}）</source>
        <translation>When colleagues have filled it in, import the workbook: every change is previewed first ({keys})</translation>
    </message>
    <message>
        <source>状态：{status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>就是今天</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <source>还有 %n 天</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已过 %n 天</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>；法定最后一日 {date}（{weekday}）不是工作日</source>
        <translation>; the legal last day {date} ({weekday}) is not a working day</translation>
    </message>
    <message>
        <source>期限：{label} — 最后可办理日 {date}（{weekday}）{legal}，{when}{estimated}。来源：{source}</source>
        <translation>Deadline: {label} — act by {date} ({weekday}){legal}, {when}{estimated}. Source: {source}</translation>
    </message>
    <message>
        <source>（估算）</source>
        <translation> (estimated)</translation>
    </message>
    <message>
        <source>记错了？撤回 {step} 的记录（发证机关尚未答复时）</source>
        <translation>Recorded by mistake? Take back the record of {step} (while the authority has not answered)</translation>
    </message>
    <message>
        <source>已于 {date} 办结</source>
        <translation>Closed on {date}</translation>
    </message>
    <message>
        <source>已于 {date} 报送</source>
        <translation>Filed on {date}</translation>
    </message>
    <message>
        <source>报送日期</source>
        <translation>Filing date</translation>
    </message>
    <message>
        <source>标记为已报送</source>
        <translation>Mark as filed</translation>
    </message>
    <message>
        <source>重新提交日期</source>
        <translation>Resubmitted on</translation>
    </message>
    <message>
        <source>标记为已重新提交</source>
        <translation>Mark as resubmitted</translation>
    </message>
    <message>
        <source>提交日期</source>
        <translation>Submission date</translation>
    </message>
    <message>
        <source>标记为已提交</source>
        <translation>Mark as submitted</translation>
    </message>
    <message>
        <source>登记批准…</source>
        <translation>Record the approval…</translation>
    </message>
    <message>
        <source>办结日期</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <source>标记为已办结</source>
        <translation>Mark as closed</translation>
    </message>
    <message>
        <source>未登记：先补齐材料，或确认后再登记。</source>
        <translation>Not recorded: complete the materials first, or confirm to record it.</translation>
    </message>
    <message>
        <source>续期已办结</source>
        <translation>Renewal finished</translation>
    </message>
    <message>
        <source>这张许可证的续期已于 {date} 获批，有效期至 {expiry}。</source>
        <translation>This license&apos;s renewal was approved on {date}; it is valid until {expiry}.</translation>
    </message>
    <message>
        <source>可以查看那次续期（清单、附件和办理经过，只读），或为下一次续期开始准备。</source>
        <translation>You can view that renewal (checklist, attachments and steps, read-only), or start preparing the next one.</translation>
    </message>
    <message>
        <source>查看已办结的续期</source>
        <translation>View the finished renewal</translation>
    </message>
    <message>
        <source>开始下一次续期</source>
        <translation>Start the next renewal</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>变更</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>继续：{kind}（{date} 起算，{status}）</source>
        <translation>Continue: {kind} (counted from {date}, {status})</translation>
    </message>
    <message>
        <source>开始一项新的变更…</source>
        <translation>Start a new change…</translation>
    </message>
    <message>
        <source>这张许可证有未办结的变更：</source>
        <translation>This license has changes still open:</translation>
    </message>
</context>
<context>
    <name>Procedures</name>
    <message>
        <source>续期（延续）</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>年报</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <source>变更</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>注销</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <source>补办（证书遗失）</source>
        <translation>Replacement (certificate lost)</translation>
    </message>
    <message>
        <source>新申请</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>{year}年年报</source>
        <translation>{year} annual report</translation>
    </message>
</context>
<context>
    <name>Provinces</name>
    <message>
        <source>北京市</source>
        <translation>Beijing</translation>
    </message>
    <message>
        <source>天津市</source>
        <translation>Tianjin</translation>
    </message>
    <message>
        <source>河北省</source>
        <translation>Hebei</translation>
    </message>
    <message>
        <source>山西省</source>
        <translation>Shanxi</translation>
    </message>
    <message>
        <source>内蒙古自治区</source>
        <translation>Inner Mongolia</translation>
    </message>
    <message>
        <source>辽宁省</source>
        <translation>Liaoning</translation>
    </message>
    <message>
        <source>吉林省</source>
        <translation>Jilin</translation>
    </message>
    <message>
        <source>黑龙江省</source>
        <translation>Heilongjiang</translation>
    </message>
    <message>
        <source>上海市</source>
        <translation>Shanghai</translation>
    </message>
    <message>
        <source>江苏省</source>
        <translation>Jiangsu</translation>
    </message>
    <message>
        <source>浙江省</source>
        <translation>Zhejiang</translation>
    </message>
    <message>
        <source>安徽省</source>
        <translation>Anhui</translation>
    </message>
    <message>
        <source>福建省</source>
        <translation>Fujian</translation>
    </message>
    <message>
        <source>江西省</source>
        <translation>Jiangxi</translation>
    </message>
    <message>
        <source>山东省</source>
        <translation>Shandong</translation>
    </message>
    <message>
        <source>河南省</source>
        <translation>Henan</translation>
    </message>
    <message>
        <source>湖北省</source>
        <translation>Hubei</translation>
    </message>
    <message>
        <source>湖南省</source>
        <translation>Hunan</translation>
    </message>
    <message>
        <source>广东省</source>
        <translation>Guangdong</translation>
    </message>
    <message>
        <source>广西壮族自治区</source>
        <translation>Guangxi</translation>
    </message>
    <message>
        <source>海南省</source>
        <translation>Hainan</translation>
    </message>
    <message>
        <source>重庆市</source>
        <translation>Chongqing</translation>
    </message>
    <message>
        <source>四川省</source>
        <translation>Sichuan</translation>
    </message>
    <message>
        <source>贵州省</source>
        <translation>Guizhou</translation>
    </message>
    <message>
        <source>云南省</source>
        <translation>Yunnan</translation>
    </message>
    <message>
        <source>西藏自治区</source>
        <translation>Tibet</translation>
    </message>
    <message>
        <source>陕西省</source>
        <translation>Shaanxi</translation>
    </message>
    <message>
        <source>甘肃省</source>
        <translation>Gansu</translation>
    </message>
    <message>
        <source>青海省</source>
        <translation>Qinghai</translation>
    </message>
    <message>
        <source>宁夏回族自治区</source>
        <translation>Ningxia</translation>
    </message>
    <message>
        <source>新疆维吾尔自治区</source>
        <translation>Xinjiang</translation>
    </message>
</context>
<context>
    <name>Punctuation</name>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>许可证管家：无法打开数据库</source>
        <translation>License Keeper: cannot open the database</translation>
    </message>
    <message>
        <source>数据库文件：{path}</source>
        <translation>Database file: {path}</translation>
    </message>
    <message>
        <source>原文件不会被覆盖：恢复备份或新建数据库之前，它会先改名（加上日期时间）保留在原处。</source>
        <translation>The original file is never overwritten: before a backup is restored or a new database is made, it is renamed (with the date and time added) and kept where it is.</translation>
    </message>
    <message>
        <source>选择数据文件夹</source>
        <translation>Choose a data folder</translation>
    </message>
    <message>
        <source>数据库文件已损坏，无法打开。</source>
        <translation>The database file is damaged and cannot be opened.</translation>
    </message>
    <message>
        <source>这个文件不是许可证管家的数据库。</source>
        <translation>This file is not a License Keeper database.</translation>
    </message>
    <message>
        <source>这个数据库来自更新版本的许可证管家。</source>
        <translation>This database comes from a newer version of License Keeper.</translation>
    </message>
    <message>
        <source>数据文件夹不可写。</source>
        <translation>The data folder cannot be written to.</translation>
    </message>
    <message>
        <source>磁盘已满，无法写入数据库。</source>
        <translation>The disk is full; the database cannot be written.</translation>
    </message>
    <message>
        <source>数据库正被另一个程序使用。</source>
        <translation>The database is in use by another program.</translation>
    </message>
    <message>
        <source>无法打开数据库。</source>
        <translation>The database cannot be opened.</translation>
    </message>
    <message>
        <source>恢复最近的备份</source>
        <translation>Restore the latest backup</translation>
    </message>
    <message>
        <source>{when} 的备份，含 {count} 张许可证、{events} 条记录。当前文件先改名保留。</source>
        <translation>The backup of {when} (licenses: {count}, records: {events}). The current file is renamed and kept first.</translation>
    </message>
    <message>
        <source>选择其他数据文件夹…</source>
        <translation>Choose another data folder…</translation>
    </message>
    <message>
        <source>使用另一个文件夹中的数据库（没有则新建一个）；以后启动也使用它。</source>
        <translation>Use the database in another folder (or create one there); later starts use it too.</translation>
    </message>
    <message>
        <source>新建空数据库</source>
        <translation>Create an empty database</translation>
    </message>
    <message>
        <source>当前文件改名保留在原处，从一个空数据库开始。</source>
        <translation>The current file is renamed and kept where it is; start from an empty database.</translation>
    </message>
    <message>
        <source>重试</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>腾出磁盘空间、修改文件夹权限或关闭其他程序之后，再试一次。</source>
        <translation>Try again after freeing disk space, changing the folder&apos;s permissions or closing other programs.</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>不做任何改动，关闭许可证管家。</source>
        <translation>Close License Keeper without changing anything.</translation>
    </message>
</context>
<context>
    <name>ReminderTableModel</name>
    <message>
        <source>剩余天数</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>许可证编号</source>
        <translation>License number</translation>
    </message>
    <message>
        <source>公司名称</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>提醒</source>
        <translation>Reminder</translation>
    </message>
    <message numerus="yes">
        <source>已逾期 %n 天</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 天</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>{date} 前可限期补报</source>
        <translation>Late filing possible until {date}</translation>
    </message>
    <message>
        <source>已错过续期申请期限，{date} 到期</source>
        <translation>Renewal missed; expires {date}</translation>
    </message>
    <message>
        <source>许可证已到期：重新取得许可前不得经营</source>
        <translation>License expired: no business until a new license is granted</translation>
    </message>
    <message>
        <source>已逾期，仍可补办，请尽快</source>
        <translation>Overdue, still possible: act soon</translation>
    </message>
    <message>
        <source>提前 {days} 天提醒</source>
        <translation>{days}-day reminder</translation>
    </message>
    <message>
        <source>（估算）</source>
        <translation> (estimated)</translation>
    </message>
    <message>
        <source>依据：{source}</source>
        <translation>Source: {source}</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message numerus="yes">
        <source>许可证管家：%n 个期限临近</source>
        <translation>
            <numerusform>License Keeper: %n deadline approaching</numerusform>
            <numerusform>License Keeper: %n deadlines approaching</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已逾期 %n 天</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>还有 %n 天</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>{number} {title}：{when}</source>
        <translation>{number} {title}: {when}</translation>
    </message>
    <message numerus="yes">
        <source>另有 %n 项，点击查看</source>
        <translation>
            <numerusform>%n more; click to see it</numerusform>
            <numerusform>%n more; click to see them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>期限提醒</source>
        <translation>Deadline reminders</translation>
    </message>
    <message numerus="yes">
        <source>按 {date} 计算，有 %n 个期限已进入提醒范围。</source>
        <translation>
            <numerusform>As of {date}, %n deadline is within its reminder period.</numerusform>
            <numerusform>As of {date}, %n deadlines are within their reminder period.</numerusform>
        </translation>
    </message>
    <message>
        <source>按 {date} 计算，目前没有进入提醒范围的期限。</source>
        <translation>As of {date}, no deadline is within its reminder period.</translation>
    </message>
    <message>
        <source>每张许可证的提醒提前天数可在许可证页面修改（默认 180、90、30、7 天）。双击一行打开那张许可证。</source>
        <translation>Each license&apos;s reminder lead times can be changed on its page (default 180, 90, 30 and 7 days). Double-click a row to open that license.</translation>
    </message>
    <message>
        <source>今天不再提醒</source>
        <translation>Don&apos;t remind me again today</translation>
    </message>
    <message>
        <source>导出到日历（.ics）…</source>
        <translation>Export to calendar (.ics)…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RenewalApprovalDialog</name>
    <message>
        <source>登记续期批准</source>
        <translation>Record the renewal&apos;s approval</translation>
    </message>
    <message>
        <source>按新证书上印的日期填写。新证的有效期怎样计算，各地说法不一（从原证到期日起顺延 5 年，或自新发证日期起重新计算 5 年），以证书为准；下面两个按钮可一键填入其中一种。原来的日期留在历史记录中，年报不受影响。</source>
        <translation>Enter the dates as printed on the new certificate. Sources differ on how the new term runs (five years on from the old expiry, or five years from the new issue date): the certificate decides; the two buttons below fill in either reading. The old dates stay in the history; annual reports are not affected.</translation>
    </message>
    <message>
        <source>（可不选）</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>批准日期</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>新证书上的发证日期</source>
        <translation>Issue date on the new certificate</translation>
    </message>
    <message>
        <source>新证书上的有效期至</source>
        <translation>Valid until on the new certificate</translation>
    </message>
    <message>
        <source>一键填入</source>
        <translation>Fill in</translation>
    </message>
    <message>
        <source>新证书文件</source>
        <translation>New certificate file</translation>
    </message>
    <message>
        <source>登记批准并更新许可证</source>
        <translation>Record the approval and update the license</translation>
    </message>
    <message>
        <source>顺延 5 年：{date}</source>
        <translation>Five years on: {date}</translation>
    </message>
    <message>
        <source>从原证到期日起顺延 5 年</source>
        <translation>5 years on from the old certificate&apos;s expiry</translation>
    </message>
    <message>
        <source>重新计算 5 年：{date}</source>
        <translation>Five years from issue: {date}</translation>
    </message>
    <message>
        <source>重新计算 5 年（先填新的发证日期）</source>
        <translation>Five years from issue (enter the new issue date first)</translation>
    </message>
    <message>
        <source>填好两个日期后，这里显示许可证将怎样更新。</source>
        <translation>Once both dates are filled in, this shows how the license will be updated.</translation>
    </message>
    <message>
        <source>登记后，许可证将改为：</source>
        <translation>When recorded, the license will read:</translation>
    </message>
    <message>
        <source>{label}：{old} → {new}</source>
        <translation>{label}: {old} → {new}</translation>
    </message>
    <message>
        <source>选择新证书的扫描件或电子证照</source>
        <translation>Choose the new certificate&apos;s scan or e-license</translation>
    </message>
    <message>
        <source>证书文件 (*.pdf *.ofd *.png *.jpg *.jpeg);;所有文件 (*)</source>
        <translation>Certificate files (*.pdf *.ofd *.png *.jpg *.jpeg);;All files (*)</translation>
    </message>
    <message>
        <source>请核对新证书</source>
        <translation>Please check the new certificate</translation>
    </message>
    <message>
        <source>仍按这两个日期登记吗？</source>
        <translation>Record these two dates anyway?</translation>
    </message>
    <message>
        <source>未保存</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>RenewalWizard</name>
    <message>
        <source>续期向导 — {number} {company}</source>
        <translation>Renewal wizard — {number} {company}</translation>
    </message>
    <message>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>随时可以关闭：填写的内容都已保存，下次从这一步继续</source>
        <translation>You can close at any time: what you entered is saved, and next time you continue from this step</translation>
    </message>
</context>
<context>
    <name>RobotDialog</name>
    <message>
        <source>添加群机器人</source>
        <translation>Add a group robot</translation>
    </message>
    <message>
        <source>修改群机器人</source>
        <translation>Edit the group robot</translation>
    </message>
    <message>
        <source>例如：行政群</source>
        <translation>e.g. Office group</translation>
    </message>
    <message>
        <source>全部许可证（包括以后添加的）</source>
        <translation>All licenses (also those added later)</translation>
    </message>
    <message>
        <source>只提醒所选的许可证：</source>
        <translation>Only the licenses ticked:</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Webhook 地址</source>
        <translation>Webhook address</translation>
    </message>
    <message>
        <source>提醒哪些许可证</source>
        <translation>Licenses</translation>
    </message>
    <message>
        <source>发送测试消息</source>
        <translation>Send a test message</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>密钥</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>加签密钥</source>
        <translation>Signing secret (加签)</translation>
    </message>
    <message>
        <source>签名校验密钥</source>
        <translation>Signature secret (签名校验)</translation>
    </message>
    <message>
        <source>在企业微信群中：群设置 → 群机器人 → 添加 → 复制 Webhook 地址。企业微信的机器人没有密钥：地址中的 key 就是密钥，请勿外传。</source>
        <translation>In the WeCom group: group settings → group robots → add → copy the Webhook address. WeCom robots have no secret: the key in the address is the secret, so keep it to yourselves.</translation>
    </message>
    <message>
        <source>在钉钉群中：群设置 → 机器人 → 添加机器人 → 自定义，安全设置选“加签”，复制 SEC 开头的密钥和 Webhook 地址。若选“自定义关键词”，关键词填“许可证”，密钥留空。</source>
        <translation>In the DingTalk group: group settings → robots → add robot → custom; under security choose “加签” (signing) and copy the secret starting with SEC and the Webhook address. With “custom keywords” instead, use the keyword “许可证” and leave the secret empty.</translation>
    </message>
    <message>
        <source>在飞书群中：设置 → 群机器人 → 添加机器人 → 自定义机器人，安全设置选“签名校验”，复制密钥和 webhook 地址。若选“自定义关键词”，关键词填“许可证”，密钥留空。</source>
        <translation>In the Feishu group: settings → group robots → add robot → custom robot; under security choose “签名校验” (signature) and copy the secret and the webhook address. With “custom keywords” instead, use the keyword “许可证” and leave the secret empty.</translation>
    </message>
    <message>
        <source>未保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>正在发送……</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>已发送，请到群里查看。</source>
        <translation>Sent: look in the group chat.</translation>
    </message>
    <message>
        <source>没有发出：{problem}</source>
        <translation>Not sent: {problem}</translation>
    </message>
</context>
<context>
    <name>RobotKinds</name>
    <message>
        <source>企业微信</source>
        <translation>WeCom</translation>
    </message>
    <message>
        <source>钉钉</source>
        <translation>DingTalk</translation>
    </message>
    <message>
        <source>飞书</source>
        <translation>Feishu (Lark)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>常规</source>
        <translation>General</translation>
    </message>
    <message>
        <source>通知</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>数据文件夹</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>数据库文件：{name}</source>
        <translation>Database file: {name}</translation>
    </message>
    <message>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>更改…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>本次启动由 {source} 指定数据库。在这里更改的文件夹会立即使用，但下次启动时仍以 {source} 为准。</source>
        <translation>This time the database was chosen by {source}. A folder changed here is used at once, but the next start follows {source} again.</translation>
    </message>
    <message>
        <source>选择新的数据文件夹</source>
        <translation>Choose a new data folder</translation>
    </message>
    <message>
        <source>更改数据文件夹</source>
        <translation>Change data folder</translation>
    </message>
    <message>
        <source>{folder} 中已经有许可证管家的数据库。

改用那个数据库吗？当前的数据不会复制过去，也不会被删除，仍留在 {old}。</source>
        <translation>{folder} already holds a License Keeper database.

Switch to that database? The current data is neither copied there nor deleted; it stays in {old}.</translation>
    </message>
    <message>
        <source>改用 {folder} 中的数据库</source>
        <translation>Now using the database in {folder}</translation>
    </message>
    <message>
        <source>把数据库和附件复制到
{folder}
并从此使用这个文件夹吗？

原文件夹中的数据和备份保持不动。许可证管家会重新打开窗口。</source>
        <translation>Copy the database and attachments to
{folder}
and use this folder from now on?

The data and backups in the old folder stay as they are. License Keeper will reopen its window.</translation>
    </message>
    <message>
        <source>数据已复制到 {folder}，现在使用这个文件夹</source>
        <translation>Data copied to {folder}; this folder is now in use</translation>
    </message>
    <message>
        <source>本次会使用新文件夹，但无法记住这个选择（{error}）；下次启动仍会打开原来的文件夹。</source>
        <translation>The new folder is used for now, but this choice could not be remembered ({error}); the next start opens the old folder again.</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>更改语言后，点“立即切换”重新打开窗口，或下次启动时生效。</source>
        <translation>After choosing a language, click “Switch now” to reopen the window, or it applies from the next start.</translation>
    </message>
    <message>
        <source>立即切换</source>
        <translation>Switch now</translation>
    </message>
    <message>
        <source>已切换语言</source>
        <translation>Language switched</translation>
    </message>
    <message>
        <source>已保存。点“立即切换”重新打开窗口，或下次启动时生效。</source>
        <translation>Saved. Click “Switch now” to reopen the window, or it applies from the next start.</translation>
    </message>
</context>
<context>
    <name>ShortDeadlineTitles</name>
    <message>
        <source>{year}年年报</source>
        <translation>{year} annual report</translation>
    </message>
    <message>
        <source>续期已错过</source>
        <translation>Renewal missed</translation>
    </message>
    <message>
        <source>许可证已到期</source>
        <translation>License expired</translation>
    </message>
    <message>
        <source>开始准备续期</source>
        <translation>Start preparing</translation>
    </message>
    <message>
        <source>续期安全日期</source>
        <translation>Renewal safe date</translation>
    </message>
    <message>
        <source>申请续期</source>
        <translation>Apply for renewal</translation>
    </message>
    <message>
        <source>报告不再续期</source>
        <translation>Report not renewing</translation>
    </message>
    <message>
        <source>申请变更</source>
        <translation>Apply for change</translation>
    </message>
    <message>
        <source>补正并重新提交</source>
        <translation>Correct, resubmit</translation>
    </message>
    <message>
        <source>许可证到期</source>
        <translation>License expires</translation>
    </message>
</context>
<context>
    <name>StartProcedureDialog</name>
    <message>
        <source>开始办理：{name}</source>
        <translation>Start: {name}</translation>
    </message>
    <message>
        <source>开始办理</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>报送年份</source>
        <translation>Filing year</translation>
    </message>
    <message>
        <source>变更事项</source>
        <translation>What changes</translation>
    </message>
    <message>
        <source>YYYY-MM-DD，不填则按有效期至</source>
        <translation>YYYY-MM-DD; if empty, the license&apos;s valid-until date</translation>
    </message>
    <message>
        <source>计划停止经营日期</source>
        <translation>Planned last day of business</translation>
    </message>
    <message>
        <source>公司成立不满一年（提交验资报告，而不是近一年的审计报告）</source>
        <translation>The company is less than a year old (submit a capital verification report instead of last year&apos;s audit report)</translation>
    </message>
    <message>
        <source>公司有外资股东（需要外商投资审核意见书）</source>
        <translation>The company has foreign shareholders (a foreign investment review opinion is needed)</translation>
    </message>
    <message>
        <source>许可证须仍在有效期内（有效期至 {expiry}）。</source>
        <translation>The license must still be valid (valid until {expiry}).</translation>
    </message>
    <message>
        <source>{label}：{start} 开放，{due} 截止；{grace} 前为限期补报。</source>
        <translation>{label}: opens {start}, due {due}; late filing until {grace}.</translation>
    </message>
    <message>
        <source>公司作出变更决定之日</source>
        <translation>Day the company decided the change</translation>
    </message>
    <message>
        <source>工商变更登记之日</source>
        <translation>Day the change was registered</translation>
    </message>
    <message>
        <source>{label}：最迟 {date}（{weekday}）{estimated}。</source>
        <translation>{label}: by {date} ({weekday}){estimated}.</translation>
    </message>
    <message>
        <source>应在 {date}（{weekday}）前报告注销（停止经营日 {stop} 前 90 日），并做好用户善后。</source>
        <translation>Report the cancellation by {date} ({weekday}), 90 days before the business stops on {stop}, and look after the users.</translation>
    </message>
    <message>
        <source>这一天不是工作日，最后可办理日为 {date}（{weekday}）。</source>
        <translation> That day is not a working day: act by {date} ({weekday}).</translation>
    </message>
    <message>
        <source>（估算）</source>
        <translation> (estimated)</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>30 天内</source>
        <translation>Within 30 days</translation>
    </message>
    <message>
        <source>90 天内</source>
        <translation>Within 90 days</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>Fine</translation>
    </message>
    <message numerus="yes">
        <source>已过 %n 天</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message numerus="yes">
        <source>%n 天</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>估算：{years} 年的国务院节假日安排尚未收录，工作日按周末和法定节假日（含春节、劳动节、国庆节的惯常长假）估算。在“工具 → 节假日安排”中录入或导入当年安排后，估算标记会消失。</source>
        <translation>Estimated: the State Council holiday schedule for {years} is not known yet, so weekends and the statutory holidays (with the usual long breaks of Spring Festival, Labour Day and National Day) are counted as days off. Enter or import that year&apos;s schedule under Tools → Holiday schedules and the estimate mark disappears.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>第 5 步：汇总与后续</source>
        <translation>Step 5: Summary and next steps</translation>
    </message>
    <message>
        <source>看看还缺什么，导出清单给同事，提交后在这里登记补正通知或批准结果。</source>
        <translation>See what is still missing and export the checklist for colleagues; after submitting, record a correction notice or the approval here.</translation>
    </message>
    <message>
        <source>导出 Excel 清单…</source>
        <translation>Export Excel checklist…</translation>
    </message>
    <message>
        <source>提交</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>标记为已提交</source>
        <translation>Mark as submitted</translation>
    </message>
    <message>
        <source>提交日期</source>
        <translation>Submission date</translation>
    </message>
    <message>
        <source>登记结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>收到补正通知…</source>
        <translation>Correction notice received…</translation>
    </message>
    <message>
        <source>所涉材料回到“准备中”，补齐后重新提交。</source>
        <translation>The materials concerned go back to “In progress”; submit again once they are complete.</translation>
    </message>
    <message>
        <source>登记批准结果…</source>
        <translation>Record the approval…</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>材料</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>还缺的材料</source>
        <translation>Materials still missing</translation>
    </message>
    <message>
        <source>双击一项，回到第 4 步修改它</source>
        <translation>Double-click an item to go back to step 4 and change it</translation>
    </message>
    <message>
        <source>取得新证后，按新证书上的发证日期和有效期至登记；登记前会先显示许可证将怎样更新。</source>
        <translation>When the new certificate arrives, record its issue date and valid-until date; you see how the license will change before anything is saved.</translation>
    </message>
    <message>
        <source>撤回上一步…</source>
        <translation>Take Back Last Step…</translation>
    </message>
    <message>
        <source>撤回续期…</source>
        <translation>Withdraw Renewal…</translation>
    </message>
    <message>
        <source>不再办理这次续期：办理结束，原因记入历史；需要时可以重新开始</source>
        <translation>Give this renewal up: it ends and the reason goes into the history; it can be started again when needed</translation>
    </message>
    <message>
        <source>把这份清单导出为 Excel 文件，发给同事填写</source>
        <translation>Export this checklist as an Excel file for colleagues to fill in</translation>
    </message>
    <message>
        <source>本窗口尚未接入 Excel 导出功能，暂时无法导出</source>
        <translation>Excel export is not connected to this window yet, so it cannot export for now</translation>
    </message>
    <message>
        <source>把清单导出为 Excel 文件，发给同事填写</source>
        <translation>Export the checklist as an Excel file for colleagues to fill in</translation>
    </message>
    <message>
        <source>（Excel 导出功能尚未接入，暂时无法导出）</source>
        <translation>(Excel export is not connected yet, so it cannot export for now)</translation>
    </message>
    <message>
        <source>当前状态：{status}&#x3000;&#x3000;{progress}</source>
        <translation>Status: {status}    {progress}</translation>
    </message>
    <message>
        <source>{ready}/{applicable} 已准备</source>
        <translation>{ready}/{applicable} ready</translation>
    </message>
    <message>
        <source>还缺 {n} 项材料：</source>
        <translation>Materials still missing ({n}):</translation>
    </message>
    <message>
        <source>所有适用的材料都已准备好。</source>
        <translation>Every applicable material is ready.</translation>
    </message>
    <message>
        <source>续期已办结。</source>
        <translation>The renewal is closed.</translation>
    </message>
    <message>
        <source>续期已办结；清单中有 {n} 项当时未标为已准备：</source>
        <translation>The renewal is closed; items not marked ready at the time ({n}):</translation>
    </message>
    <message>
        <source>重新提交</source>
        <translation>Submit again</translation>
    </message>
    <message>
        <source>重新提交后才能登记下一次补正</source>
        <translation>Submit again before recording another correction notice</translation>
    </message>
    <message>
        <source>记错了？撤回 {step} 的记录（发证机关尚未答复时）</source>
        <translation>Recorded by mistake? Take back the record of {step} (while the authority has not answered)</translation>
    </message>
    <message>
        <source>（已逾期）</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <source>已于 {date} 提交。</source>
        <translation>Submitted on {date}.</translation>
    </message>
    <message>
        <source>补正材料应在 {date} 前重新提交。</source>
        <translation>Resubmit the corrected materials by {date}.</translation>
    </message>
    <message>
        <source>（通知写的期限 {due} 不是工作日，取其前最后一个工作日。）</source>
        <translation> (the notice&apos;s deadline, {due}, is not a working day: the last working day before it.)</translation>
    </message>
    <message>
        <source>新证的发证日期：{date}；往年和今年的年报照常报送。</source>
        <translation>New certificate issued on {date}; annual reports are filed as before, this year&apos;s too.</translation>
    </message>
    <message>
        <source>未登记：先补齐材料，或确认后再登记。</source>
        <translation>Not recorded: complete the materials first, or confirm to record it.</translation>
    </message>
    <message>
        <source>补正通知 {date}：{requested}（{n} 项材料）</source>
        <translation>Correction notice of {date}: {requested} (materials: {n})</translation>
    </message>
    <message>
        <source>续期已于 {date} 获批：有效期至 {old} → {new}。许可证和它的记录已更新。</source>
        <translation>Renewal approved on {date}: valid until {old} → {new}. The license and its records are updated.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>第 3 步：时间线</source>
        <translation>Step 3: Timeline</translation>
    </message>
    <message>
        <source>续期相关的日期。按安全日期安排准备最稳妥；法定最后一日之后提出的续期申请不予受理。</source>
        <translation>The dates of the renewal. Planning for the safe date is the surest; a renewal application made after the legal last day is not accepted.</translation>
    </message>
    <message>
        <source>开始准备</source>
        <translation>Start preparing</translation>
    </message>
    <message>
        <source>安全日期</source>
        <translation>Safe date</translation>
    </message>
    <message>
        <source>实际最后提交日</source>
        <translation>Last working day</translation>
    </message>
    <message>
        <source>法定最后一日</source>
        <translation>Legal last day</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>{date}（{weekday}）</source>
        <translation>{date} ({weekday})</translation>
    </message>
    <message>
        <source>就是今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>* 估算：{years} 年的国务院节假日安排尚未公布（或程序尚未收录），这几年暂按周末和法定节假日（含春节、劳动节、国庆节的惯常长假）估算，宁早勿晚；安排公布后录入或导入即可得到准确日期。</source>
        <translation>* Estimated: the State Council holiday schedule for {years} is not announced yet (or not yet known to the app), so weekends and the statutory holidays (with the usual long breaks of Spring Festival, Labour Day and National Day) are taken as days off for now, erring early; enter or import the schedule once it is announced to get exact dates.</translation>
    </message>
    <message numerus="yes">
        <source>还有 %n 天</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已过 %n 天</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>今天 {date}</source>
        <translation>Today {date}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>续期实际最后提交日（法定最后一日或其前最后一个工作日）</source>
        <translation>Last day to submit (the legal last day, or the last working day before it)</translation>
    </message>
    <message>
        <source>这张许可证已决定不再续期（或已注销）：没有要办的续期。要改变主意，在许可证页面的“其他办理事项”中撤回“不再续期”的决定。</source>
        <translation>The company decided not to renew this license (or it is cancelled): there is no renewal to do. To change your mind, take the decision back on the license page, under Other procedures.</translation>
    </message>
    <message>
        <source>“到期前 {days} 日”（《电信业务经营许可管理办法》第二十七条）按日历天数计算：有效期至 {expiry}，法定最后一日是 {legal}。</source>
        <translation>“{days} days before expiry” (Article 27 of the Measures for the Administration of Telecommunications Business Operating Licenses) is counted in calendar days: valid until {expiry}, so the legal last day is {legal}.</translation>
    </message>
    <message>
        <source>这一天不是工作日，系统无法当天提交，实际最后提交日是 {last}。</source>
        <translation>That day is not a working day, so nothing can be submitted on it; the last working day to submit is {last}.</translation>
    </message>
    <message>
        <source>续期申请已提交：以上日期供核对，接下来在第 5 步登记补正通知或批准结果。</source>
        <translation>The renewal is submitted: the dates above are for reference; record a correction notice or the approval in step 5.</translation>
    </message>
    <message>
        <source>有的办事指南写作“到期日之前的 {n} 个工作日”。这里的工作日按国务院办公厅公布的节假日安排计算：周六、周日和法定节假日不算，调休上班的周六、周日算工作日。从有效期至往前数 {n} 个工作日是 {safe}，比法定最后一日早 {gap} 天。本程序建议以这个安全日期为准，留出补正的时间（离到期不足 {late} 日才补正，可能来不及）。</source>
        <translation>Some service guides say “{n} working days before expiry”. Working days here follow the holiday schedule published by the General Office of the State Council: Saturdays, Sundays and public holidays do not count, make-up working Saturdays and Sundays do. Counting {n} working days back from the valid-until date gives {safe}, {gap} days before the legal last day. This app recommends working to that safe date, which leaves time for corrections (a correction made less than {late} days before expiry may come too late).</translation>
    </message>
    <message>
        <source>今天（{today}）到安全日期还有 {work} 个工作日（{days} 个日历日）。</source>
        <translation>From today ({today}) to the safe date: {work} working days ({days} calendar days).</translation>
    </message>
    <message>
        <source>今天（{today}）已过安全日期；从今天到实际最后提交日（含这一天）还有 {work} 个工作日，请尽快提交。</source>
        <translation>Today ({today}) is past the safe date; {work} working days remain up to and including the last working day to submit. Please submit soon.</translation>
    </message>
    <message>
        <source>今天（{today}）已过续期的最后提交日。</source>
        <translation>Today ({today}) is past the last day to submit the renewal.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>回收站</source>
        <translation>Recycle Bin</translation>
    </message>
    <message>
        <source>删除的许可证、办理事项和附件都留在这里，可以原样恢复（连同它们的办理事项、历史记录和附件文件）。清空回收站后才真正删除，之前会自动备份一次。</source>
        <translation>Deleted licenses, procedures and attachments stay here and can be restored as they were (with their procedures, history and attachment files). Only emptying the Recycle Bin deletes them for good, after a backup.</translation>
    </message>
    <message>
        <source>回收站中的内容</source>
        <translation>Contents of the Recycle Bin</translation>
    </message>
    <message>
        <source>回收站是空的。</source>
        <translation>The Recycle Bin is empty.</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>原样恢复所选的一项（双击也可以）</source>
        <translation>Restore the selected item as it was (or double-click it)</translation>
    </message>
    <message>
        <source>彻底删除…</source>
        <translation>Delete Permanently…</translation>
    </message>
    <message>
        <source>清空回收站…</source>
        <translation>Empty Recycle Bin…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>已恢复：{name}</source>
        <translation>Restored: {name}</translation>
    </message>
    <message numerus="yes">
        <source>已彻底删除 %n 项</source>
        <translation>
            <numerusform>%n item deleted permanently</numerusform>
            <numerusform>%n items deleted permanently</numerusform>
        </translation>
    </message>
    <message>
        <source>（{files} 个附件文件，{size}）。之前已自动备份。</source>
        <translation> ({files} attachment file(s), {size}). A backup was made first.</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>删除时间</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>一并删除的内容</source>
        <translation>Deleted with it</translation>
    </message>
    <message>
        <source>能否恢复</source>
        <translation>Restorable</translation>
    </message>
    <message>
        <source>许可证</source>
        <translation>License</translation>
    </message>
    <message>
        <source>办理事项</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>可以恢复</source>
        <translation>Yes</translation>
    </message>
    <message numerus="yes">
        <source>%n 项材料</source>
        <translation>
            <numerusform>%n material</numerusform>
            <numerusform>%n materials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 个办理事项</source>
        <translation>
            <numerusform>%n procedure</numerusform>
            <numerusform>%n procedures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 个附件</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 条历史记录</source>
        <translation>
            <numerusform>%n history entry</numerusform>
            <numerusform>%n history entries</numerusform>
        </translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>TrayHome</name>
    <message>
        <source>许可证管家</source>
        <translation>License Keeper</translation>
    </message>
    <message>
        <source>打开许可证管家</source>
        <translation>Open License Keeper</translation>
    </message>
    <message>
        <source>立即检查期限</source>
        <translation>Check the deadlines now</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>许可证管家：群通知没有发出</source>
        <translation>License Keeper: group notice not sent</translation>
    </message>
</context>
<context>
    <name>Watch</name>
    <message>
        <source>{name}：{problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>已发送群通知（%n 项）</source>
        <translation>
            <numerusform>Group notice sent (%n item)</numerusform>
            <numerusform>Group notice sent (%n items)</numerusform>
        </translation>
    </message>
    <message>
        <source>群通知没有发出</source>
        <translation>Group notice not sent</translation>
    </message>
    <message>
        <source>明天会再试；可在 设置 → 通知 中检查机器人。</source>
        <translation>It is tried again tomorrow; check the robot in Settings → Notifications.</translation>
    </message>
</context>
<context>
    <name>Weekdays</name>
    <message>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>撤回办理事项</source>
        <translation>Withdraw Procedure</translation>
    </message>
    <message>
        <source>撤回后，这项办理结束（清单和附件留作记录，可在“办理事项 → 已办结”中查看），原因记入历史记录；它要办的事重新列为待办，可以重新开始。已经向发证机关提交的，请同时向发证机关撤回申请。</source>
        <translation>Once withdrawn, the procedure ends (its checklist and attachments are kept and can be viewed under “Procedures → Finished”) and the reason goes into the history; what it was for is owed again and can be started anew. If it was submitted to the authority, withdraw the application there too.</translation>
    </message>
    <message>
        <source>为什么撤回（必填），如：材料有误，撤回后重新申请</source>
        <translation>Why it is withdrawn (required), e.g. wrong materials, will apply again</translation>
    </message>
    <message>
        <source>撤回原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>撤回日期</source>
        <translation>Date withdrawn</translation>
    </message>
    <message>
        <source>撤回</source>
        <translation>Withdraw</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>数据库文件未通过完整性检查，为保护数据，将重新打开并提供恢复办法（恢复最近的自动备份，或换一个数据文件夹）。

{message}</source>
        <translation>The database file failed its integrity check. To protect your data, License Keeper will reopen it and offer a way forward (restore the latest automatic backup, or choose another data folder).

{message}</translation>
    </message>
</context>
</TS>
