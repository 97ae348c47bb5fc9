#include "render/shader_program.h"

#include <epoxy/gl.h>

#include "render/embedded_shaders.h"

#include <glm/gtc/type_ptr.hpp>

#include <vector>

namespace render {

void ShaderProgram::use() const { glUseProgram(program_); }

namespace {
GLuint compile(GLenum type, const std::string& name, std::string& error) {
  const auto& table = embeddedShaders();
  const auto it = table.find(name);
  if (it == table.end()) {
    error = "shader '" + name + "' is not embedded in this build";
    return 0;
  }
  const GLuint shader = glCreateShader(type);
  const char* src = it->second.c_str();
  glShaderSource(shader, 1, &src, nullptr);
  glCompileShader(shader);
  GLint ok = 0;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (!ok) {
    GLint length = 0;
    glGetShaderiv(shader, GL_INFO_LOG_LENGTH, &length);
    std::vector<char> log(static_cast<std::size_t>(length > 1 ? length : 1), '\0');
    glGetShaderInfoLog(shader, length, nullptr, log.data());
    error = "shader " + name + " failed to compile: " + log.data();
    glDeleteShader(shader);
    return 0;
  }
  return shader;
}
}  // namespace

ShaderProgram::~ShaderProgram() {
  if (program_) glDeleteProgram(program_);
}

bool ShaderProgram::build(const std::string& vertexName, const std::string& fragmentName, std::string& error) {
  const GLuint vs = compile(GL_VERTEX_SHADER, vertexName, error);
  if (!vs) return false;
  const GLuint fs = compile(GL_FRAGMENT_SHADER, fragmentName, error);
  if (!fs) {
    glDeleteShader(vs);
    return false;
  }
  program_ = glCreateProgram();
  glAttachShader(program_, vs);
  glAttachShader(program_, fs);
  glLinkProgram(program_);
  glDeleteShader(vs);
  glDeleteShader(fs);
  GLint ok = 0;
  glGetProgramiv(program_, GL_LINK_STATUS, &ok);
  if (!ok) {
    char log[2048] = {0};
    glGetProgramInfoLog(program_, sizeof log, nullptr, log);
    error = "program " + vertexName + " + " + fragmentName + " failed to link: " + log;
    return false;
  }
  return true;
}

GLint ShaderProgram::location(const char* name) {
  const auto it = locations_.find(name);
  if (it != locations_.end()) return it->second;
  const GLint loc = glGetUniformLocation(program_, name);
  locations_.emplace(name, loc);
  return loc;
}

void ShaderProgram::set(const char* name, float v) { glUniform1f(location(name), v); }
void ShaderProgram::set(const char* name, int v) { glUniform1i(location(name), v); }
void ShaderProgram::set(const char* name, const glm::ivec2& v) { glUniform2i(location(name), v.x, v.y); }
void ShaderProgram::set(const char* name, const glm::vec2& v) { glUniform2fv(location(name), 1, glm::value_ptr(v)); }
void ShaderProgram::set(const char* name, const glm::vec3& v) { glUniform3fv(location(name), 1, glm::value_ptr(v)); }
void ShaderProgram::set(const char* name, const glm::vec4& v) { glUniform4fv(location(name), 1, glm::value_ptr(v)); }
void ShaderProgram::set(const char* name, const glm::mat3& m) {
  glUniformMatrix3fv(location(name), 1, GL_FALSE, glm::value_ptr(m));
}
void ShaderProgram::set(const char* name, const glm::mat4& m) {
  glUniformMatrix4fv(location(name), 1, GL_FALSE, glm::value_ptr(m));
}

}  // namespace render
