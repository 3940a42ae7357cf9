<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
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
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>已把 {count} 个期限导出到：
{path}

可在 Outlook、钉钉、企业微信等日历中导入这个文件；以后重新导出再导入，会更新这些日程而不会重复。</source>
        <translation>Exported {count} deadlines to:
{path}

Import this file into Outlook, DingTalk, WeCom or another calendar. Importing a later export updates these events instead of duplicating them.</translation>
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
        <source>开始准备续期</source>
        <translation>Start preparing the renewal</translation>
    </message>
    <message>
        <source>续期安全日期</source>
        <translation>Safe renewal date</translation>
    </message>
    <message>
        <source>续期实际最后提交日</source>
        <translation>Last working day to apply for renewal</translation>
    </message>
    <message>
        <source>续期法定最后一日</source>
        <translation>Legal last day to apply for renewal</translation>
    </message>
    <message>
        <source>不续期须报告注销的最后一日</source>
        <translation>Last day to report cancellation if not renewing</translation>
    </message>
    <message>
        <source>许可证到期</source>
        <translation>License expires</translation>
    </message>
    <message>
        <source>估算：该日期用到了尚未收录国务院节假日安排的年份，按“周一至周五为工作日”计算；在“节假日安排”中录入当年安排后，估算标记会消失。</source>
        <translation>Estimated: this date depends on a year whose State Council holiday schedule is not known yet, so Monday to Friday are counted as working days. Enter that year&apos;s schedule under Holiday schedules and the estimate mark disappears.</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <source>节假日安排</source>
        <translation>Holiday schedules</translation>
    </message>
    <message>
        <source>期限按中国工作日（含调休）计算。内置安排来自 chinese-calendar；没有收录的年份按“周一至周五为工作日”估算，相关日期标为“估算”。国务院公布新一年的安排后，在这里录入，估算标记随即消失。</source>
        <translation>Deadlines are counted in Chinese working days, make-up working days included. Built-in schedules come from chinese-calendar; for a year it does not know, Monday to Friday are taken as working days and the dates are marked as estimated. When the State Council announces a new year&apos;s schedule, enter it here and the estimates disappear.</translation>
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
        <source>尚未收录：按“周一至周五为工作日”估算，用到这一年的日期标为“估算”。国务院公布安排后，请在下面录入或粘贴。</source>
        <translation>Not known yet: Monday to Friday are taken as working days, and dates that depend on this year are marked as estimated. Once the State Council announces the schedule, enter or paste it below.</translation>
    </message>
    <message>
        <source>保存 {year} 年安排</source>
        <translation>Save {year} schedule</translation>
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
    <message>
        <source>已逾期 {days} 天</source>
        <translation>{days} days overdue</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>{days} 天</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <source>{date} 前可限期补报</source>
        <translation>Late filing possible until {date}</translation>
    </message>
    <message>
        <source>已错过续期申请期限，{date} 到期</source>
        <translation>Renewal deadline missed; expires {date}</translation>
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
    <message>
        <source>许可证管家：{count} 个期限临近</source>
        <translation>License Keeper: {count} deadlines approaching</translation>
    </message>
    <message>
        <source>已逾期 {days} 天</source>
        <translation>{days} days overdue</translation>
    </message>
    <message>
        <source>还有 {days} 天</source>
        <translation>{days} days left</translation>
    </message>
    <message>
        <source>{number} {title}：{when}</source>
        <translation>{number} {title}: {when}</translation>
    </message>
    <message>
        <source>另有 {count} 项，点击查看</source>
        <translation>{count} more; click to see them</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>期限提醒</source>
        <translation>Deadline reminders</translation>
    </message>
    <message>
        <source>按 {date} 计算，有 {count} 个期限已进入提醒范围。</source>
        <translation>As of {date}, {count} deadlines are within their reminder period.</translation>
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
</TS>
