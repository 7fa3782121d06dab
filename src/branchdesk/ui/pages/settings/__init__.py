"""The tabs of the 设置 page."""
