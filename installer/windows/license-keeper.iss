; Inno Setup 6 script of License Keeper (许可证管家): a per-user installer that needs no
; administrator rights. Built by installer/build.py, which passes the defines below:
;
;   ISCC /DAppVersion=0.1.0 /DBundleDir=...\build\bundle\LicenseKeeper /DOutputDir=...\dist
;        /DOutputBaseName=LicenseKeeper-0.1.0-setup /DIconFile=...\license-keeper.ico
;        license-keeper.iss
;
; Installs to %LOCALAPPDATA%\Programs\LicenseKeeper ({userpf}), with a Start-menu shortcut and
; (ticked by default) a desktop shortcut. The user's data lives elsewhere, in
; %APPDATA%\LicenseKeeper: uninstalling keeps it unless the user answers "是" to the question.
;
; Chinese messages: Inno Setup ships no Simplified Chinese messages file; its unofficial
; translation ChineseSimplified.isl (Files/Languages/Unofficial in the Inno Setup sources) is
; looked for beside this script (where the CI workflow downloads it), then in the compiler's
; Languages and Languages\Unofficial folders.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\..\build\bundle\LicenseKeeper"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist"
#endif
#ifndef OutputBaseName
  #define OutputBaseName "LicenseKeeper-" + AppVersion + "-setup"
#endif
#ifndef IconFile
  #define IconFile AddBackslash(SourcePath) + "..\icons\license-keeper.ico"
#endif

#define AppName "许可证管家"
#define AppExeName "LicenseKeeper.exe"
#define DataFolderName "LicenseKeeper"

#if FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
  #define ChineseMessages AddBackslash(SourcePath) + "ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ChineseMessages "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\ChineseSimplified.isl")
  #define ChineseMessages "compiler:Languages\Unofficial\ChineseSimplified.isl"
#else
  #error ChineseSimplified.isl not found: put Inno Setup's unofficial Simplified Chinese translation beside license-keeper.iss (see the comment at the top)
#endif

[Setup]
AppId={{107B0BA1-899A-44CA-A27D-3F9CC122B2BC}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} 安装程序
; Per user, no administrator rights, no offer to elevate.
PrivilegesRequired=lowest
DefaultDirName={userpf}\LicenseKeeper
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
OutputDir={#OutputDir}
OutputBaseFilename={#OutputBaseName}
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; Qt 6 runs on 64-bit Windows 10 and later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
CloseApplications=yes
ShowLanguageDialog=no
LanguageDetectionMethod=uilanguage

[Languages]
; The first language is the default when the system's language is neither of these.
Name: "chinesesimplified"; MessagesFile: "{#ChineseMessages}"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.DeleteDataQuestion=是否同时删除您的数据？%n%n数据文件夹：%1%n%n其中有许可证记录、数据库备份和附件。删除后无法恢复。%n%n选择“否”（推荐）将保留数据：以后重新安装许可证管家，数据仍在；换电脑时可以复制这个文件夹。
english.DeleteDataQuestion=Also delete your data?%n%nData folder: %1%n%nIt holds your license records, database backups and attachments. Deleting them cannot be undone.%n%nChoose "No" (recommended) to keep the data: a later installation finds it again, and you can copy the folder to a new computer.
chinesesimplified.DataKept=您的数据已保留在：%n%1
english.DataKept=Your data has been kept in:%n%1
chinesesimplified.DeleteDataFailed=无法删除数据文件夹 %1 中的全部内容，请手动删除。
english.DeleteDataFailed=The data folder %1 could not be deleted completely; please delete it by hand.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Registry]
; Start at login (设置 → 通知, or "autostart on") writes this value for the current user; the
; installer never creates it (ValueType none), and uninstalling removes it with the program.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: none; ValueName: "LicenseKeeper"; Flags: uninsdeletevalue

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function DataFolder(): String;
begin
  { Where the app keeps its database: %APPDATA%\LicenseKeeper (app/paths.py). }
  Result := ExpandConstant('{userappdata}\{#DataFolderName}');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep <> usPostUninstall) or not DirExists(DataFolder()) then
    Exit;
  { A silent uninstall (/SILENT, /VERYSILENT) never deletes the user's data. }
  if UninstallSilent() then
    Exit;
  if MsgBox(FmtMessage(CustomMessage('DeleteDataQuestion'), [DataFolder()]),
            mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
  begin
    if not DelTree(DataFolder(), True, True, True) then
      MsgBox(FmtMessage(CustomMessage('DeleteDataFailed'), [DataFolder()]), mbError, MB_OK);
  end
  else
    MsgBox(FmtMessage(CustomMessage('DataKept'), [DataFolder()]), mbInformation, MB_OK);
end;
