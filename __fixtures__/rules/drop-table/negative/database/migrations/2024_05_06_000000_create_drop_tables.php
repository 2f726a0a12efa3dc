<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('imports', function (Blueprint $table) {
            $table->id();
            $table->string('source')->nullable();
        });
        /* Schema::drop('users') would lose data */
        DB::statement("SELECT 'drop table users'");
    }

    public function down(): void
    {
        Schema::dropIfExists('imports');
    }
};
