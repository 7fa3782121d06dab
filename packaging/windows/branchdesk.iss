; Inno Setup script: the Windows installer of BranchDesk (支部工作台).
;
; Built on a Windows runner by .github/workflows/windows.yml (UNTESTED from here: the project's
; machines run Linux; see docs/packaging.md). By hand, after the PyInstaller build:
;     iscc /DAppVersion=0.1.0 packaging\windows\branchdesk.iss
;
; - per-user install without administrator rights (PrivilegesRequired=lowest: into
;   %LOCALAPPDATA%\Programs\BranchDesk);
; - a Start-menu shortcut (and an optional desktop one);
; - the uninstaller removes the program only: the data folder
;   (%LOCALAPPDATA%\BranchDesk, with its backups) is never touched.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define SourceDir "..\..\dist\BranchDesk"

[Setup]
AppId={{6C1E3B5A-2F4D-4B8E-9A61-BD35C0F1A7E2}
AppName=BranchDesk 支部工作台
AppVersion={#AppVersion}
AppPublisher=BranchDesk
DefaultDirName={autopf}\BranchDesk
DefaultGroupName=支部工作台
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=BranchDesk-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\branchdesk.ico
UninstallDisplayIcon={app}\BranchDesk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

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
