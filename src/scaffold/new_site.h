#pragma once
#include "scaffold/new_files.h"

namespace plansite {

/// `plansite new site`: site.yaml and content/agencies.yaml of a site with no
/// plan yet, every field the format knows written or shown in a comment, each
/// explained in Vietnamese, then English. The site builds as it is.
NewFiles new_site_files();

}  // namespace plansite
