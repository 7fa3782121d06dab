; Inno Setup script: the Windows installer of BranchDesk (支部工作台).
;
; Built on a Windows runner by .github/workflows/windows.yml (UNTESTED from here: the project's
; machines run Linux; see docs/packaging.md). By hand, after the PyInstaller build:
;     iscc /DAppVersion=0.1.0 packaging\windows\branchdesk.iss
;
; - per-user install only, without administrator rights (PrivilegesRequired=lowest, no
;   "install for all users" dialog: secretaries are rarely administrators): into
;   %LOCALAPPDATA%\Programs\BranchDesk;
; - an upgrade first deletes {app}\_internal, so no file of the old version stays beside
;   the new one (a stale .pyd or Qt plugin there breaks the start);
; - version information in setup.exe (and, from the spec, in BranchDesk.exe);
; - the Chinese setup messages: packaging\windows\ChineseSimplified.isl
;   (Inno Setup's official translation, from jrsoftware/issrc, for 6.5.0+), else the one
;   Inno Setup 7.0.2+ ships itself;
; - a Start-menu shortcut (and an optional desktop one);
; - the uninstaller removes the program only: the data folder
;   (%LOCALAPPDATA%\BranchDesk, with its backups) is never touched.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define SourceDir "..\..\dist\BranchDesk"
#if FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
  #define ChineseMessages "ChineseSimplified.isl"
#else
  #define ChineseMessages "compiler:Languages\ChineseSimplified.isl"
#endif

[Setup]
AppId={{6C1E3B5A-2F4D-4B8E-9A61-BD35C0F1A7E2}
AppName=BranchDesk 支部工作台
AppVersion={#AppVersion}
AppPublisher=BranchDesk
DefaultDirName={userpf}\BranchDesk
DefaultGroupName=支部工作台
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=BranchDesk-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\branchdesk.ico
UninstallDisplayIcon={app}\BranchDesk.exe
VersionInfoVersion={#AppVersion}
VersionInfoProductName=BranchDesk 支部工作台
VersionInfoProductVersion={#AppVersion}
VersionInfoDescription=支部工作台 安装程序
VersionInfoCompany=BranchDesk
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "chinesesimplified"; MessagesFile: "{#ChineseMessages}"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade: the old version's bundle goes first (the data folder is elsewhere and stays).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\支部工作台"; Filename: "{app}\BranchDesk.exe"
Name: "{group}\{cm:UninstallProgram,支部工作台}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\支部工作台"; Filename: "{app}\BranchDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\BranchDesk.exe"; Description: "{cm:LaunchProgram,支部工作台}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entries on purpose: the uninstaller removes only what [Files]
; installed. The records live in the user's data folder, outside {app}, and stay.
