#version 330 core
// A cached layer holds premultiplied colour (it was blended over transparent black), so
// it is composited with (ONE, ONE_MINUS_SRC_ALPHA) and lands as if drawn directly. The
// layer is the framebuffer's size: one texel per pixel, no filtering.
uniform sampler2D uLayer;
out vec4 fragColor;
void main() { fragColor = texelFetch(uLayer, ivec2(gl_FragCoord.xy), 0); }
