<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::table('posts', function (Blueprint $table) {
            $table->renameIndex('posts_a_index', 'posts_b_index');
        });
    }

    public function down(): void
    {
        Schema::rename('b', 'a');
    }
};
