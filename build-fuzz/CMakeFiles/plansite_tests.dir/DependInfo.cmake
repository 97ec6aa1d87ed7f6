
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/src/cli/as_of_test.cc" "CMakeFiles/plansite_tests.dir/src/cli/as_of_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/cli/as_of_test.cc.o.d"
  "/work/main/src/load/csv_report_test.cc" "CMakeFiles/plansite_tests.dir/src/load/csv_report_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/load/csv_report_test.cc.o.d"
  "/work/main/src/load/load_limits_test.cc" "CMakeFiles/plansite_tests.dir/src/load/load_limits_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/load/load_limits_test.cc.o.d"
  "/work/main/src/load/load_plan_model_test.cc" "CMakeFiles/plansite_tests.dir/src/load/load_plan_model_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/load/load_plan_model_test.cc.o.d"
  "/work/main/src/load/load_publish_test.cc" "CMakeFiles/plansite_tests.dir/src/load/load_publish_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/load/load_publish_test.cc.o.d"
  "/work/main/src/load/load_reports_test.cc" "CMakeFiles/plansite_tests.dir/src/load/load_reports_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/load/load_reports_test.cc.o.d"
  "/work/main/src/load/load_test.cc" "CMakeFiles/plansite_tests.dir/src/load/load_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/load/load_test.cc.o.d"
  "/work/main/src/model/diagnostic_test.cc" "CMakeFiles/plansite_tests.dir/src/model/diagnostic_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/model/diagnostic_test.cc.o.d"
  "/work/main/src/model/report_test.cc" "CMakeFiles/plansite_tests.dir/src/model/report_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/model/report_test.cc.o.d"
  "/work/main/src/pdf/pdf_dates_test.cc" "CMakeFiles/plansite_tests.dir/src/pdf/pdf_dates_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/pdf/pdf_dates_test.cc.o.d"
  "/work/main/src/publish/child_process_test.cc" "CMakeFiles/plansite_tests.dir/src/publish/child_process_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/publish/child_process_test.cc.o.d"
  "/work/main/src/publish/choose_targets_test.cc" "CMakeFiles/plansite_tests.dir/src/publish/choose_targets_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/publish/choose_targets_test.cc.o.d"
  "/work/main/src/publish/rclone_log_test.cc" "CMakeFiles/plansite_tests.dir/src/publish/rclone_log_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/publish/rclone_log_test.cc.o.d"
  "/work/main/src/publish/releases_test.cc" "CMakeFiles/plansite_tests.dir/src/publish/releases_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/publish/releases_test.cc.o.d"
  "/work/main/src/render/chart_view_test.cc" "CMakeFiles/plansite_tests.dir/src/render/chart_view_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/render/chart_view_test.cc.o.d"
  "/work/main/src/render/format_test.cc" "CMakeFiles/plansite_tests.dir/src/render/format_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/render/format_test.cc.o.d"
  "/work/main/src/render/markdown_test.cc" "CMakeFiles/plansite_tests.dir/src/render/markdown_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/render/markdown_test.cc.o.d"
  "/work/main/src/render/minify_css_test.cc" "CMakeFiles/plansite_tests.dir/src/render/minify_css_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/render/minify_css_test.cc.o.d"
  "/work/main/src/render/open_data_test.cc" "CMakeFiles/plansite_tests.dir/src/render/open_data_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/render/open_data_test.cc.o.d"
  "/work/main/src/render/plan_view_test.cc" "CMakeFiles/plansite_tests.dir/src/render/plan_view_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/render/plan_view_test.cc.o.d"
  "/work/main/src/render/relative_links_test.cc" "CMakeFiles/plansite_tests.dir/src/render/relative_links_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/render/relative_links_test.cc.o.d"
  "/work/main/src/render/render_test.cc" "CMakeFiles/plansite_tests.dir/src/render/render_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/render/render_test.cc.o.d"
  "/work/main/src/render/search_index_test.cc" "CMakeFiles/plansite_tests.dir/src/render/search_index_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/render/search_index_test.cc.o.d"
  "/work/main/src/render/site_files_test.cc" "CMakeFiles/plansite_tests.dir/src/render/site_files_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/render/site_files_test.cc.o.d"
  "/work/main/src/render/status_styles_test.cc" "CMakeFiles/plansite_tests.dir/src/render/status_styles_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/render/status_styles_test.cc.o.d"
  "/work/main/src/render/theme_test.cc" "CMakeFiles/plansite_tests.dir/src/render/theme_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/render/theme_test.cc.o.d"
  "/work/main/src/render/ui_strings_test.cc" "CMakeFiles/plansite_tests.dir/src/render/ui_strings_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/render/ui_strings_test.cc.o.d"
  "/work/main/src/resolve/resolve_reports_test.cc" "CMakeFiles/plansite_tests.dir/src/resolve/resolve_reports_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/resolve/resolve_reports_test.cc.o.d"
  "/work/main/src/resolve/status_test.cc" "CMakeFiles/plansite_tests.dir/src/resolve/status_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/resolve/status_test.cc.o.d"
  "/work/main/src/scaffold/new_files_test.cc" "CMakeFiles/plansite_tests.dir/src/scaffold/new_files_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/scaffold/new_files_test.cc.o.d"
  "/work/main/src/scaffold/new_plan_test.cc" "CMakeFiles/plansite_tests.dir/src/scaffold/new_plan_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/scaffold/new_plan_test.cc.o.d"
  "/work/main/src/scaffold/new_report_test.cc" "CMakeFiles/plansite_tests.dir/src/scaffold/new_report_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/scaffold/new_report_test.cc.o.d"
  "/work/main/src/serve/build_status_test.cc" "CMakeFiles/plansite_tests.dir/src/serve/build_status_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/serve/build_status_test.cc.o.d"
  "/work/main/src/serve/content_type_test.cc" "CMakeFiles/plansite_tests.dir/src/serve/content_type_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/serve/content_type_test.cc.o.d"
  "/work/main/src/serve/live_reload_test.cc" "CMakeFiles/plansite_tests.dir/src/serve/live_reload_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/serve/live_reload_test.cc.o.d"
  "/work/main/src/serve/request_path_test.cc" "CMakeFiles/plansite_tests.dir/src/serve/request_path_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/serve/request_path_test.cc.o.d"
  "/work/main/src/serve/serve_cli_test.cc" "CMakeFiles/plansite_tests.dir/src/serve/serve_cli_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/serve/serve_cli_test.cc.o.d"
  "/work/main/src/serve/source_watcher_test.cc" "CMakeFiles/plansite_tests.dir/src/serve/source_watcher_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/serve/source_watcher_test.cc.o.d"
  "/work/main/src/util/csv_test.cc" "CMakeFiles/plansite_tests.dir/src/util/csv_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/util/csv_test.cc.o.d"
  "/work/main/src/util/forbidden_characters_test.cc" "CMakeFiles/plansite_tests.dir/src/util/forbidden_characters_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/util/forbidden_characters_test.cc.o.d"
  "/work/main/src/util/unicode_test.cc" "CMakeFiles/plansite_tests.dir/src/util/unicode_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/util/unicode_test.cc.o.d"
  "/work/main/src/write/write_containment_test.cc" "CMakeFiles/plansite_tests.dir/src/write/write_containment_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/write/write_containment_test.cc.o.d"
  "/work/main/src/write/write_test.cc" "CMakeFiles/plansite_tests.dir/src/write/write_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/src/write/write_test.cc.o.d"
  "/work/main/tests/cli_new_test.cc" "CMakeFiles/plansite_tests.dir/tests/cli_new_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/tests/cli_new_test.cc.o.d"
  "/work/main/tests/cli_pdf_test.cc" "CMakeFiles/plansite_tests.dir/tests/cli_pdf_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/tests/cli_pdf_test.cc.o.d"
  "/work/main/tests/cli_publish_test.cc" "CMakeFiles/plansite_tests.dir/tests/cli_publish_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/tests/cli_publish_test.cc.o.d"
  "/work/main/tests/cli_test.cc" "CMakeFiles/plansite_tests.dir/tests/cli_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/tests/cli_test.cc.o.d"
  "/work/main/tests/containment_test.cc" "CMakeFiles/plansite_tests.dir/tests/containment_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/tests/containment_test.cc.o.d"
  "/work/main/tests/golden_test.cc" "CMakeFiles/plansite_tests.dir/tests/golden_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/tests/golden_test.cc.o.d"
  "/work/main/tests/incremental_build_test.cc" "CMakeFiles/plansite_tests.dir/tests/incremental_build_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/tests/incremental_build_test.cc.o.d"
  "/work/main/tests/item_pages_test.cc" "CMakeFiles/plansite_tests.dir/tests/item_pages_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/tests/item_pages_test.cc.o.d"
  "/work/main/tests/parallel_build_test.cc" "CMakeFiles/plansite_tests.dir/tests/parallel_build_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/tests/parallel_build_test.cc.o.d"
  "/work/main/tests/portal_pages_test.cc" "CMakeFiles/plansite_tests.dir/tests/portal_pages_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/tests/portal_pages_test.cc.o.d"
  "/work/main/tests/relative_links_site_test.cc" "CMakeFiles/plansite_tests.dir/tests/relative_links_site_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/tests/relative_links_site_test.cc.o.d"
  "/work/main/tests/seeds_test.cc" "CMakeFiles/plansite_tests.dir/tests/seeds_test.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/tests/seeds_test.cc.o.d"
  "/work/main/tests/test_main.cc" "CMakeFiles/plansite_tests.dir/tests/test_main.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/tests/test_main.cc.o.d"
  "/work/main/tests/test_support.cc" "CMakeFiles/plansite_tests.dir/tests/test_support.cc.o" "gcc" "CMakeFiles/plansite_tests.dir/tests/test_support.cc.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/main/build-fuzz/CMakeFiles/plansite_core.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
