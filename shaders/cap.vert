#version 330 core
// Section mode: the cutting plane as one large quad, already in clip space per vertex.
layout(location = 0) in vec3 aPosition;
uniform mat4 uViewProjection;
void main() { gl_Position = uViewProjection * vec4(aPosition, 1.0); }
