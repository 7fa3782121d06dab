"""Reading files other programs wrote (rosters from Excel or CSV) into a Workspace.

Beside the workspace rather than in `store/`: it reads third-party formats (openpyxl) and
spans several repositories; the rules it applies are plain logic in `core/`.
"""
