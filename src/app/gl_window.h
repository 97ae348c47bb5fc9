// Creating the GLFW window and its OpenGL 3.3 core context (visible for the viewer,
// hidden for screenshots and benchmarks), with errors a person can act on.
#pragma once

#include <string>

struct GLFWwindow;

namespace app {

struct WindowRequest {
  int width = 1600, height = 900;
  bool visible = true;
  int samples = 0;  // default-framebuffer MSAA (the scene uses its own offscreen target)
  std::string title = "Ankle Atlas";
};

// Returns nullptr and fills error when no display or no OpenGL 3.3 core context.
GLFWwindow* createGlWindow(const WindowRequest& request, std::string& error);
void destroyGlWindow(GLFWwindow* window);

}  // namespace app
