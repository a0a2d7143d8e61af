app_name = "intervision"
urlpatterns: list = []
