// A linked GLSL program built from two embedded shader files, with uniform setters.
// Compile and link errors name the shader file and carry the driver's log.
#pragma once

#include <glm/glm.hpp>

#include <string>
#include <unordered_map>

namespace render {

class ShaderProgram {
 public:
  ShaderProgram() = default;
  ~ShaderProgram();
  ShaderProgram(const ShaderProgram&) = delete;
  ShaderProgram& operator=(const ShaderProgram&) = delete;

  // Returns false and fills error on failure.
  bool build(const std::string& vertexName, const std::string& fragmentName, std::string& error);
  void use() const;

  void set(const char* name, float v);
  void set(const char* name, int v);  // samplers, counts
  void set(const char* name, const glm::ivec2& v);
  void set(const char* name, const glm::vec2& v);
  void set(const char* name, const glm::vec3& v);
  void set(const char* name, const glm::vec4& v);
  void set(const char* name, const glm::mat3& m);
  void set(const char* name, const glm::mat4& m);

 private:
  int location(const char* name);
  unsigned int program_ = 0;
  std::unordered_map<std::string, int> locations_;
};

}  // namespace render
