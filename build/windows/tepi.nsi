; Windows installer for a Tepi one-dir bundle (NSIS 3, Modern UI 2).
;
;   makensis /DVERSION=0.1.0 /DSRCDIR=dist\lite\tepi /DOUTFILE=dist\tepi-0.1.0-windows-x64-setup.exe build\windows\tepi.nsi
;
; Installs for all users into "Program Files\Tepi" with a Start-menu shortcut, an "Open with Tepi"
; entry for pictures and CSV tables, and an uninstaller listed in Apps & features. The uninstaller
; removes only what the installer wrote (never the whole folder a user may have chosen by mistake),
; and leaves the user's history and settings alone.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "pass /DVERSION=x.y.z (the version in pyproject.toml)"
!endif
!ifndef SRCDIR
  !error "pass /DSRCDIR=path\to\the\one-dir\bundle (the folder holding tepi.exe and _internal)"
!endif
!ifndef OUTFILE
  !define OUTFILE "tepi-${VERSION}-windows-x64-setup.exe"
!endif

!define APP "Tepi"
!define EXE "tepi.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define APP_KEY "Software\Classes\Applications\${EXE}"
!define ICON "${__FILEDIR__}\..\..\resources\icons\tepi.ico"

!include "MUI2.nsh"
!include "x64.nsh"
!include "FileFunc.nsh"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel admin
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APP}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=1033 "LegalCopyright" "Apache-2.0"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Indonesian"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${APP} needs 64-bit Windows."
    Abort
  ${EndIf}
  SetRegView 64
FunctionEnd

Function un.onInit
  SetRegView 64
FunctionEnd

!macro SupportedType EXT
  WriteRegStr HKLM "${APP_KEY}\SupportedTypes" "${EXT}" ""
  WriteRegStr HKLM "Software\Classes\${EXT}\OpenWithList\${EXE}" "" ""
!macroend

!macro UnSupportedType EXT
  DeleteRegKey HKLM "Software\Classes\${EXT}\OpenWithList\${EXE}"
!macroend

Section "Tepi" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  File "${SRCDIR}\${EXE}"
  SetOutPath "$INSTDIR\_internal"
  File /r "${SRCDIR}\_internal\*"
  SetOutPath "$INSTDIR"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  ; "Open with Tepi" for the pictures and tables Tepi reads.
  WriteRegStr HKLM "${APP_KEY}" "FriendlyAppName" "${APP}"
  WriteRegStr HKLM "${APP_KEY}\DefaultIcon" "" "$INSTDIR\${EXE},0"
  WriteRegStr HKLM "${APP_KEY}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  !insertmacro SupportedType ".png"
  !insertmacro SupportedType ".jpg"
  !insertmacro SupportedType ".jpeg"
  !insertmacro SupportedType ".bmp"
  !insertmacro SupportedType ".gif"
  !insertmacro SupportedType ".webp"
  !insertmacro SupportedType ".tif"
  !insertmacro SupportedType ".tiff"
  !insertmacro SupportedType ".csv"

  ; Apps & features entry.
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "Tepi project"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" $0
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP}.lnk"
  !insertmacro UnSupportedType ".png"
  !insertmacro UnSupportedType ".jpg"
  !insertmacro UnSupportedType ".jpeg"
  !insertmacro UnSupportedType ".bmp"
  !insertmacro UnSupportedType ".gif"
  !insertmacro UnSupportedType ".webp"
  !insertmacro UnSupportedType ".tif"
  !insertmacro UnSupportedType ".tiff"
  !insertmacro UnSupportedType ".csv"
  DeleteRegKey HKLM "${APP_KEY}"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"

  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
SectionEnd
