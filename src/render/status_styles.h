#pragma once
// How the theme shows each progress status: its label per language, its
// colour and its icon, from the theme's statuses.yaml, so none of it is code.
#include <array>
#include <string>

#include "model/diagnostic.h"
#include "model/text.h"
#include "resolve/status.h"

namespace plansite {

/// The theme file that holds the statuses' labels, colours and icons.
inline const std::string kStatusStylesFile = "statuses.yaml";

class StatusStyles {
 public:
  /// One status as the theme shows it.
  struct Style {
    Text label;          ///< per language; "vi" always present
    std::string colour;  ///< "#rrggbb" or "#rgb", readable as text on white
    std::string icon;    ///< a short symbol, distinct within its group
  };

  /// Parses statuses.yaml (`text`, named `origin` in messages). Every status
  /// of both groups must be there, and nothing else; problems go to
  /// `diagnostics` with file:line:col.
  static StatusStyles load(const std::string& origin, const std::string& text, Diagnostics& diagnostics);

  /// The label in `language`, or the Vietnamese one when the theme has none in it.
  const std::string& label(IndicatorStatus status, const std::string& language) const;
  const std::string& label(TaskStatus status, const std::string& language) const;
  const std::string& colour(IndicatorStatus status) const { return of(status).colour; }
  const std::string& colour(TaskStatus status) const { return of(status).colour; }
  const std::string& icon(IndicatorStatus status) const { return of(status).icon; }
  const std::string& icon(TaskStatus status) const { return of(status).icon; }

  const Style& of(IndicatorStatus status) const { return indicators_[static_cast<size_t>(status)]; }
  const Style& of(TaskStatus status) const { return tasks_[static_cast<size_t>(status)]; }

 private:
  std::array<Style, std::size(kIndicatorStatuses)> indicators_;
  std::array<Style, std::size(kTaskStatuses)> tasks_;
};

/// The contrast ratio of colour `hex` ("#rrggbb" or "#rgb") on white, per
/// WCAG 2 (1 to 21); 0 when `hex` is not such a colour.
double contrast_on_white(const std::string& hex);

/// WCAG AA's least contrast for body text.
inline constexpr double kMinimumTextContrast = 4.5;

}  // namespace plansite
