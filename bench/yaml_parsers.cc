// Why plansite parses YAML with libyaml: times yaml-cpp's tree loader,
// yaml-cpp's event parser and libyaml's event parser on every plan.yaml of a
// corpus, one thread, no work done with the events.
//
//   apt-get install libyaml-cpp-dev libyaml-dev
//   g++ -O2 -std=c++20 bench/yaml_parsers.cc -o /tmp/yaml_parsers -lyaml-cpp -lyaml
//   /tmp/yaml_parsers CORPUS/plansite/content/plans
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>
#include <yaml.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <vector>

namespace {

// Counts events so the parse cannot be optimised away.
struct Counter : YAML::EventHandler {
  long events = 0;
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override { ++events; }
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override { ++events; }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override { ++events; }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    ++events;
  }
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    ++events;
  }
  void OnMapEnd() override {}
};

long libyaml_events(const std::string& text) {
  yaml_parser_t parser;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  long events = 0;
  for (bool done = false; !done;) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event)) break;
    done = event.type == YAML_STREAM_END_EVENT;
    events += event.type == YAML_SCALAR_EVENT || event.type == YAML_MAPPING_START_EVENT ||
              event.type == YAML_SEQUENCE_START_EVENT;
    yaml_event_delete(&event);
  }
  yaml_parser_delete(&parser);
  return events;
}

template <typename F>
void time(const char* name, const std::vector<std::string>& files, size_t bytes, F parse) {
  auto start = std::chrono::steady_clock::now();
  long events = 0;
  for (const auto& text : files) events += parse(text);
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << name << ": " << s * 1000 << " ms, " << bytes / s / 1e6 << " MB/s (" << events << " values)\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: yaml_parsers PLANS_FOLDER\n";
    return 2;
  }
  std::vector<std::string> files;
  size_t bytes = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[1])) {
    if (entry.path().filename() != "plan.yaml") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    files.push_back(text.str());
    bytes += files.back().size();
  }
  std::cout << files.size() << " plan files, " << bytes / 1e6 << " MB\n";
  time("yaml-cpp YAML::Load (node tree)", files, bytes, [](const std::string& text) {
    YAML::Node root = YAML::Load(text);
    return static_cast<long>(root.size());
  });
  time("yaml-cpp YAML::Parser (events)", files, bytes, [](const std::string& text) {
    std::istringstream in(text);
    YAML::Parser parser(in);
    Counter counter;
    while (parser.HandleNextDocument(counter)) {
    }
    return counter.events;
  });
  time("libyaml yaml_parser_parse (events)", files, bytes, libyaml_events);
}
