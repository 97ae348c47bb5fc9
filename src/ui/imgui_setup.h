// Dear ImGui set-up: backends, a projector-friendly style and fonts scaled for the
// back row of a classroom.
#pragma once

struct GLFWwindow;
struct ImFont;

namespace ui {

struct Fonts {
  ImFont* body = nullptr;
  ImFont* heading = nullptr;
  ImFont* overlay = nullptr;  // measurement overlays drawn over the model (large, bold)
  ImFont* label = nullptr;    // structure name labels: 26 px bold at scale 1, for the back row
};

// installCallbacks=false for hidden offscreen windows.
bool initImGui(GLFWwindow* window, bool installCallbacks, float scale);
const Fonts& fonts();
void rebuildFonts(float scale);  // call between frames
void shutdownImGui();
// Starts a frame. A width and height override the window's size, so offscreen
// screenshots can be any size; 0 keeps the window's.
void beginFrame(int width = 0, int height = 0);
// Renders the frame into the bound framebuffer. While the view moves (moving), panels
// that have not changed are composited from a cached image instead of drawn again; the
// background draw list (measurement overlays, which follow the camera) is always drawn.
void endFrameAndRender(bool moving = false);

}  // namespace ui
